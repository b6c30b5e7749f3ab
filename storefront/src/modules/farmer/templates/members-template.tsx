import type { FarmerMe } from "@/lib/farmer-api"
import type { FarmMembers } from "@/lib/farmer-api/schemas"
import { formatPhone } from "@/lib/phone"
import { formatDate, roleText } from "../copy"
import InviteForm from "../components/invite-form"
import PortalPage from "../components/portal-page"
import farmer from "./farmer.module.css"
import styles from "./portal.module.css"

type Props = { me: FarmerMe; members: FarmMembers; canInvite: boolean; invited?: string }

/** /farmer/members: who manages the farm, invitations not yet accepted, and (for the owner) a new invitation. */
export default function MembersTemplate({ me, members, canInvite, invited }: Props) {
  const pending = members.invites.filter((i) => !i.accepted_at)
  return (
    <PortalPage me={me} section="members" title="구성원" lead="가족이나 직원을 초대하면 각자 로그인해서 함께 관리할 수 있습니다.">
      {invited && (
        <p className={farmer.notice} role="status">
          {invited} 주소로 초대 메일을 보냈습니다.
        </p>
      )}
      <section aria-labelledby="members-title">
        <h2 id="members-title">함께 관리하는 사람</h2>
        <ul className={styles.list}>
          {members.members.map((m) => (
            <li key={m.id} className={styles.card}>
              <div className={styles.cardHead}>
                <strong>{m.name || m.email}</strong>
                <span className={`${styles.badge} ${m.role === "owner" ? styles.ok : styles.draft}`}>{roleText(m.role)}</span>
              </div>
              <p className={styles.muted}>
                {m.email}
                {m.phone ? ` · ${formatPhone(m.phone)}` : ""}
              </p>
            </li>
          ))}
        </ul>
      </section>
      {pending.length > 0 && (
        <section aria-labelledby="invites-title">
          <h2 id="invites-title">아직 받지 않은 초대</h2>
          <ul className={styles.list}>
            {pending.map((i) => (
              <li key={i.id} className={styles.card}>
                <strong>{i.name || i.email}</strong>
                <p className={styles.muted}>
                  {i.email}
                  {i.expires_at ? ` · ${formatDate(i.expires_at)}까지` : ""}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {canInvite ? (
        <section aria-labelledby="invite-title">
          <h2 id="invite-title">새로 초대하기</h2>
          <InviteForm />
        </section>
      ) : (
        me.farm.status === "approved" && <p>구성원 초대는 농장 대표만 할 수 있습니다.</p>
      )}
    </PortalPage>
  )
}
