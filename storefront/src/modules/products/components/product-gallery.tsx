import type { ProductImage } from "@/lib/catalog/types"
import CatalogImage from "@/modules/common/components/catalog-image"
import styles from "./product-gallery.module.css"

/** The first picture large, the others in a row below; plain images, no script. */
export default function ProductGallery({ images, title }: { images: ProductImage[]; title: string }) {
  const [main, ...rest] = images
  if (!main) {
    return <CatalogImage src={null} alt={title} sizes="100vw" />
  }
  return (
    <div className={styles.gallery}>
      <CatalogImage src={main.url} alt={main.alt} sizes="(min-width: 768px) 520px, 100vw" eager />
      {rest.length > 0 && (
        <ul className={styles.thumbs}>
          {rest.map((image) => (
            <li key={image.url}>
              <CatalogImage src={image.url} alt={image.alt} sizes="96px" />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
