"use client"

import type { FormEvent, ReactNode } from "react"
import { useRouter } from "next/navigation"

type Props = { action: string; className?: string; children: ReactNode }

/**
 * A GET form that, with JavaScript, leaves empty fields out of the URL (?delivery=frozen rather
 * than ?min=&max=&farm=&delivery=frozen) and navigates client-side. Without JavaScript it is a
 * plain form and the server reads the empty fields as "no filter".
 */
export default function CleanGetForm({ action, className, children }: Props) {
  const router = useRouter()
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const query = new URLSearchParams()
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") query.append(key, value.trim())
    }
    const search = query.toString()
    router.push(search ? `${action}?${search}` : action, { scroll: false })
  }
  return (
    <form method="get" action={action} className={className} onSubmit={onSubmit}>
      {children}
    </form>
  )
}
