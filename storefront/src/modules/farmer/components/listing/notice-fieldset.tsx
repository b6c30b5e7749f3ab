"use client"

import { asCategory, noticeLabelName, noticeValueName } from "@/lib/farmer-api/listing-form"
import { noticeLabelsFor } from "@/lib/farmer-api/notice-labels"
import type { FieldErrors } from "@/lib/forms"
import form from "@/modules/common/components/form.module.css"
import styles from "../../templates/farmer.module.css"
import { TextField } from "../fields"

type Props = { category: string; noticeType: string; notice: Record<string, string>; errors: FieldErrors }

/**
 * 상품정보제공고시: the rows the law asks for this kind of goods, as labelled inputs. A draft may
 * leave some empty; 심사 요청 needs them all.
 */
export default function NoticeFieldset({ category, noticeType, notice, errors }: Props) {
  const labels = noticeLabelsFor(asCategory(category), noticeType)
  return (
    <fieldset className={styles.group}>
      <legend>상품정보제공고시</legend>
      {labels.length === 0 ? (
        <p className={form.hint}>위에서 상품 종류를 고르면 적어야 할 항목이 나옵니다.</p>
      ) : (
        <p className={form.hint}>법으로 정해진 안내 항목입니다. 심사 요청 전에 모두 채워 주세요. 해당이 없으면 &lsquo;해당 없음&rsquo;이라고 적어 주세요.</p>
      )}
      {errors.notice && (
        <p className={styles.fieldError} role="alert">
          {errors.notice}
        </p>
      )}
      {labels.map((label, i) => (
        <div key={label}>
          <input type="hidden" name={noticeLabelName(i)} value={label} />
          <TextField name={noticeValueName(i)} label={label} required={false} maxLength={2000} defaultValue={notice[label] ?? ""} error={errors[noticeValueName(i)]} />
        </div>
      ))}
    </fieldset>
  )
}
