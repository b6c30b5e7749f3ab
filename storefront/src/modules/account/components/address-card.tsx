import type { HttpTypes } from "@medusajs/types"
import { addressLine } from "@/lib/account/saved-address"
import { deleteAddress, setDefaultAddress } from "@/lib/data/address-actions"
import styles from "../templates/account.module.css"

/** One saved 배송지 with its two actions, plain forms (they work before any script loads). */
export default function AddressCard({ address }: { address: HttpTypes.StoreCustomerAddress }) {
  const name = address.first_name ?? ""
  return (
    <article className={styles.address} aria-label={`${name} 배송지`}>
      <p className={styles.addressName}>
        <strong>{name}</strong>
        {address.is_default_shipping && <span className={styles.badge}>기본 배송지</span>}
      </p>
      <p>{address.phone}</p>
      <p>{addressLine(address)}</p>
      <div className={styles.actions}>
        {!address.is_default_shipping && (
          <form action={setDefaultAddress}>
            <input type="hidden" name="address_id" value={address.id} />
            <button type="submit" className={styles.signOut}>
              기본 배송지로
            </button>
          </form>
        )}
        <form action={deleteAddress}>
          <input type="hidden" name="address_id" value={address.id} />
          <button type="submit" className={styles.signOut} aria-label={`${name} 배송지 삭제`}>
            삭제
          </button>
        </form>
      </div>
    </article>
  )
}
