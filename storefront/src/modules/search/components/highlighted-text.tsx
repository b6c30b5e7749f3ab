import { Fragment } from "react"
import { highlight } from "./highlight"

/** `text` with the parts the query matched in <mark>. */
export default function HighlightedText({ text, matched }: { text: string; matched: readonly string[] }) {
  return (
    <>
      {highlight(text, matched).map((segment, i) => (
        <Fragment key={i}>{segment.mark ? <mark>{segment.text}</mark> : segment.text}</Fragment>
      ))}
    </>
  )
}
