import { getImageProps } from "next/image"
import { preload } from "react-dom"
import { rebaseLocalUpload } from "@/lib/asset-url"
import { readStoreConfig } from "@/lib/config"
import styles from "./catalog-image.module.css"

type Props = {
  src: string | null
  alt: string
  /** The `sizes` hint for the responsive image (how wide it is drawn). */
  sizes: string
  /** Above the fold (likely the largest paint): load at once, with high priority. */
  eager?: boolean
}

/**
 * A square product or farm picture from the backend, optimised by next/image (SVG is served
 * as is: the optimiser does not rasterise it). Without a picture, a labelled placeholder.
 * A server-rendered <img> with next/image's srcset (getImageProps): no client component, so
 * no image code in the page's JavaScript.
 */
export default function CatalogImage({ src, alt, sizes, eager = false }: Props) {
  if (!src) {
    return (
      <div className={`${styles.frame} ${styles.empty}`} role="img" aria-label={`${alt} (사진 준비 중)`}>
        <span aria-hidden="true">사진 준비 중</span>
      </div>
    )
  }
  const config = readStoreConfig()
  const url = config.ok ? rebaseLocalUpload(src, config.config.backendUrl) : src
  const { props } = getImageProps({
    src: url,
    alt,
    fill: true,
    sizes,
    loading: eager ? "eager" : "lazy",
    fetchPriority: eager ? "high" : "auto",
    unoptimized: isSvg(url),
    className: styles.image,
  })
  // The likely largest paint: the browser starts it while it still reads the <head>.
  if (eager) preload(props.src, { as: "image", imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: "high" })
  return (
    <div className={styles.frame}>
      {/* eslint-disable-next-line @next/next/no-img-element -- next/image's own props, rendered on the server */}
      <img {...props} alt={alt} />
    </div>
  )
}

function isSvg(src: string): boolean {
  return /\.svg(?:$|[?#])/i.test(src)
}
