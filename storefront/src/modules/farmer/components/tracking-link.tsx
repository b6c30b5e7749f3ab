type Props = { courier: string | null; trackingNumber: string; url: string | null; className?: string }

/** "CJ대한통운 678912345678 · 배송 조회": the courier's own tracking page in a new tab. */
export default function TrackingLink({ courier, trackingNumber, url, className }: Props) {
  const safe = url && /^https?:\/\//i.test(url) ? url : null
  return (
    <span className={className}>
      {courier ?? "택배"} 송장번호 <strong>{trackingNumber}</strong>
      {safe && (
        <>
          {" · "}
          <a href={safe} target="_blank" rel="noopener noreferrer">
            배송 조회<span className="visually-hidden"> (새 창)</span>
          </a>
        </>
      )}
    </span>
  )
}
