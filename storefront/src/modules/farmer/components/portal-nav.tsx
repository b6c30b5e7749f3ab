import { signOutFarmer } from "@/lib/data/farmer-actions"
import styles from "../templates/portal.module.css"

export type PortalSection = "home" | "products" | "orders" | "shipments" | "settlements" | "members"

const LINKS: { key: PortalSection; href: string; label: string }[] = [
  { key: "home", href: "/farmer", label: "홈" },
  { key: "products", href: "/farmer/products", label: "상품" },
  { key: "orders", href: "/farmer/orders", label: "주문" },
  { key: "shipments", href: "/farmer/shipments", label: "송장 일괄" },
  { key: "settlements", href: "/farmer/settlements", label: "정산" },
  { key: "members", href: "/farmer/members", label: "구성원" },
]

/** The portal's menu: plain links in a grid of big buttons (4 a row on a 360px phone). */
export default function PortalNav({ active }: { active: PortalSection }) {
  return (
    <nav aria-label="농가 메뉴" className={styles.nav}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.key}>
            <a href={link.href} aria-current={link.key === active ? "page" : undefined}>
              {link.label}
            </a>
          </li>
        ))}
        <li>
          <form action={signOutFarmer}>
            <button type="submit">로그아웃</button>
          </form>
        </li>
      </ul>
    </nav>
  )
}
