import type { ReactNode } from "react"
import type { FarmerMe } from "@/lib/farmer-api"
import styles from "../templates/farmer.module.css"
import PortalNav, { type PortalSection } from "./portal-nav"

type Props = { me: FarmerMe; section: PortalSection; title: string; eyebrow?: string; lead?: ReactNode; children: ReactNode }

/**
 * Every portal page: the menu, the farm's name over the page title, and, for a suspended farm, why
 * nothing can be changed (reading still works; the pages hide their write buttons).
 */
export default function PortalPage({ me, section, title, eyebrow, lead, children }: Props) {
  return (
    <div className={styles.page}>
      <PortalNav active={section} />
      <header>
        <p className={styles.eyebrow}>{eyebrow ?? me.farm.name}</p>
        <h1>{title}</h1>
        {lead && <p className={styles.lead}>{lead}</p>}
      </header>
      {me.farm.status === "suspended" && <ReadOnlyNotice />}
      {children}
    </div>
  )
}

export function ReadOnlyNotice() {
  return (
    <p className={styles.alert} role="status">
      판매 중지된 농장입니다. 지금은 상품·주문·구성원을 고칠 수 없고, 지난 내용은 볼 수 있습니다.
    </p>
  )
}
