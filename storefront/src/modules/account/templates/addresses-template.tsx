import type { HttpTypes } from "@medusajs/types"
import { sortAddresses } from "@/lib/account/saved-address"
import AddressCard from "../components/address-card"
import AddressForm from "../components/address-form"
import styles from "./account.module.css"

type Props = { addresses: HttpTypes.StoreCustomerAddress[] }

export default function AddressesTemplate({ addresses }: Props) {
  return (
    <div className={styles.page}>
      <header className={styles.head}>
        <p>
          <a href="/account">← 내 계정</a>
        </p>
        <h1>배송지 관리</h1>
      </header>
      <section aria-labelledby="saved-addresses-title">
        <h2 id="saved-addresses-title">저장된 배송지</h2>
        {addresses.length === 0 ? (
          <p>저장된 배송지가 없습니다. 주문하실 때 쓸 배송지를 아래에서 추가해 주세요.</p>
        ) : (
          <ul className={styles.orders}>
            {sortAddresses(addresses).map((address) => (
              <li key={address.id}>
                <AddressCard address={address} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-address-title">
        <h2 id="new-address-title">새 배송지 추가</h2>
        <AddressForm first={addresses.length === 0} />
      </section>
    </div>
  )
}
