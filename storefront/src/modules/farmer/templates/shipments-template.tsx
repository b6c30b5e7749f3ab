import type { FarmerMe } from "@/lib/farmer-api"
import { COURIERS } from "@/lib/couriers"
import CsvUploadForm from "../components/csv-upload-form"
import PortalPage from "../components/portal-page"
import styles from "./portal.module.css"

type Props = { me: FarmerMe; writable: boolean }

/** /farmer/shipments: how the file looks, then the upload and its report. */
export default function ShipmentsTemplate({ me, writable }: Props) {
  return (
    <PortalPage me={me} section="shipments" title="송장 일괄 등록" lead="주문이 많을 때 송장번호를 파일 하나로 한꺼번에 올립니다.">
      <section aria-labelledby="how-title">
        <h2 id="how-title">파일 만드는 법</h2>
        <ol>
          <li>엑셀에서 첫 줄에 &lsquo;주문번호, 택배사, 송장번호&rsquo;를 적습니다.</li>
          <li>둘째 줄부터 주문마다 한 줄씩 적습니다.</li>
          <li>&lsquo;다른 이름으로 저장&rsquo;에서 파일 형식을 CSV로 골라 저장합니다.</li>
        </ol>
        <p>예시:</p>
        <pre className={styles.example}>
          {"주문번호,택배사,송장번호\n1024,CJ대한통운,678912345678\n1025,우체국택배,6071234567890"}
        </pre>
        <p className={styles.muted}>택배사는 이름 그대로 적어 주세요: {COURIERS.map((c) => c.name).join(", ")}</p>
      </section>
      {writable ? <CsvUploadForm /> : <p>판매 중지된 농장은 송장을 올릴 수 없습니다.</p>}
    </PortalPage>
  )
}
