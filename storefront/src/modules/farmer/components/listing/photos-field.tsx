"use client"

import { useState, type ChangeEvent } from "react"
import { PHOTO_TYPES, photoProblem } from "@/lib/farmer-api/photos"
import form from "@/modules/common/components/form.module.css"
import styles from "../../templates/farmer.module.css"

type Props = { initial: string[]; error?: string }

/** What /farmer/uploads answers: `{ urls }`, or `{ message }` in Korean. */
function readAnswer(body: unknown): { urls: string[] } | { message: string } {
  if (body && typeof body === "object") {
    if ("urls" in body && Array.isArray(body.urls) && body.urls.every((u) => typeof u === "string")) return { urls: body.urls }
    if ("message" in body && typeof body.message === "string") return { message: body.message }
  }
  return { message: "사진을 올리지 못했습니다. 다시 해 주세요." }
}

/**
 * 사진: picked photos go up at once (to /farmer/uploads, not with the form: they are too big for
 * it) and come back as URLs kept in hidden inputs. The first photo is the one shoppers see first.
 */
export default function PhotosField({ initial, error }: Props) {
  const [images, setImages] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? [])
    event.target.value = ""
    if (files.length === 0) return
    const reason = photoProblem(files)
    if (reason) return setProblem(reason)
    setBusy(true)
    setProblem(null)
    const body = new FormData()
    for (const file of files) body.append("files", file)
    try {
      const response = await fetch("/farmer/uploads", { method: "POST", body })
      const answer = readAnswer(await response.json().catch(() => null))
      if ("urls" in answer) setImages((prev) => [...prev, ...answer.urls])
      else setProblem(answer.message)
    } catch {
      setProblem("인터넷 연결을 확인하고 다시 올려 주세요.")
    } finally {
      setBusy(false)
    }
  }

  const message = problem ?? error
  const move = (url: string) => setImages((prev) => [url, ...prev.filter((u) => u !== url)])
  const remove = (url: string) => setImages((prev) => prev.filter((u) => u !== url))
  return (
    <fieldset className={styles.group} aria-describedby="photos-hint">
      <legend>사진</legend>
      <p id="photos-hint" className={form.hint}>
        사진을 고르면 바로 올라갑니다. 첫 번째 사진이 대표 사진입니다. 한 번에 8장까지, JPG·PNG·WebP.
      </p>
      {images.length > 0 && (
        <ul className={styles.photos}>
          {images.map((url, i) => (
            <li key={url}>
              <input type="hidden" name="image" value={url} />
              {/* eslint-disable-next-line @next/next/no-img-element -- the farmer's own upload, shown as it is */}
              <img src={url} alt={`사진 ${i + 1}${i === 0 ? " (대표 사진)" : ""}`} />
              {i === 0 ? <strong>대표 사진</strong> : <button type="button" onClick={() => move(url)}>대표로 정하기</button>}
              <button type="button" onClick={() => remove(url)} aria-label={`사진 ${i + 1} 빼기`}>
                빼기
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={form.field}>
        <label htmlFor="field-photos">사진 더하기 (앨범에서 고르거나 바로 찍기)</label>
        <input
          id="field-photos"
          type="file"
          accept={PHOTO_TYPES.join(",")}
          multiple
          onChange={upload}
          disabled={busy}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? "field-photos-error" : undefined}
          className={styles.control}
        />
        {busy && <p role="status">사진을 올리고 있습니다. 잠시만 기다려 주세요…</p>}
        {message && (
          <p id="field-photos-error" className={form.error} role="alert">
            {message}
          </p>
        )}
      </div>
    </fieldset>
  )
}
