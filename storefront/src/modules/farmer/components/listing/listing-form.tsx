"use client"

import { useActionState, useEffect, useRef, useState } from "react"
import { saveListing, type ListingFormState } from "@/lib/data/farmer-product-actions"
import type { ListingFormValues } from "@/lib/farmer-api/listing-form"
import type { ListingState } from "@/lib/farmer-api/schemas"
import form from "@/modules/common/components/form.module.css"
import styles from "../../templates/farmer.module.css"
import portal from "../../templates/portal.module.css"
import { useFocusFirstError } from "../use-focus-first-error"
import BasicsFieldset from "./basics-fieldset"
import CitrusFieldset from "./citrus-fieldset"
import NoticeFieldset from "./notice-fieldset"
import PhotosField from "./photos-field"
import VariantsFieldset from "./variants-fieldset"

type Props = { initial: ListingFormValues; listingState: ListingState | null; readOnly: boolean }

/**
 * 상품 등록·수정: one form for ListingInput, checked on the server. 임시 저장 keeps a draft;
 * 심사 요청 saves and sends it to the department. A live listing only saves: its reviewed parts
 * wait for the department while the current version stays on sale.
 */
export default function ListingForm({ initial, listingState, readOnly }: Props) {
  const [state, action, pending] = useActionState<ListingFormState, FormData>(saveListing, { errors: {}, values: initial, attempt: 0 })
  const { errors, values } = state
  const ref = useRef<HTMLFormElement>(null)
  useFocusFirstError(ref, state)

  // A new listing saved but not yet sent: the address becomes the listing's own.
  useEffect(() => {
    if (values.id && window.location.pathname.endsWith("/new")) window.history.replaceState(null, "", `/farmer/products/${encodeURIComponent(values.id)}`)
  }, [values.id])

  const count = Object.keys(errors).filter((k) => k !== "form").length
  const live = listingState === "live"
  return (
    <form key={state.attempt} ref={ref} action={action} className={`${form.form} ${styles.form}`} noValidate aria-label="상품 내용">
      {(errors.form || count > 0) && (
        <div className={styles.alert} role="alert" tabIndex={-1} data-form-alert>
          {errors.form && <p>{errors.form}</p>}
          {count > 0 && <p>고칠 곳이 {count}군데 있습니다. 빨간 글씨를 확인해 주세요.</p>}
        </div>
      )}
      <input type="hidden" name="id" value={values.id} />
      <fieldset disabled={readOnly} className={styles.bare}>
        <Fields values={values} errors={errors} />
      </fieldset>
      {!readOnly && (
        <div className={portal.actions}>
          {live ? (
            <button type="submit" name="intent" value="save" className={portal.button} disabled={pending}>
              {pending ? "저장하는 중…" : "변경 저장"}
            </button>
          ) : (
            <>
              <button type="submit" name="intent" value="save" className={portal.buttonSecondary} disabled={pending}>
                {pending ? "저장하는 중…" : "임시 저장"}
              </button>
              <button type="submit" name="intent" value="submit" className={portal.button} disabled={pending}>
                {pending ? "보내는 중…" : "심사 요청"}
              </button>
            </>
          )}
        </div>
      )}
      {!readOnly && !live && <p className={form.hint}>임시 저장은 손님에게 보이지 않습니다. 다 적었으면 &lsquo;심사 요청&rsquo;을 눌러 주세요.</p>}
    </form>
  )
}

/** The parts that follow the chosen category (drawn afresh with the form after each answer). */
function Fields({ values, errors }: Pick<ListingFormState, "values" | "errors">) {
  const [category, setCategory] = useState(values.category)
  const [noticeType, setNoticeType] = useState(values.notice_type)
  return (
    <>
      <BasicsFieldset values={values} errors={errors} category={category} onCategory={setCategory} onNoticeType={setNoticeType} />
      <PhotosField initial={values.images} error={errors.images} />
      <VariantsFieldset initial={values.variants} errors={errors} />
      {/* Hidden, not removed: the lots typed stay if the category is switched back. */}
      <div hidden={category !== "citrus"}>
        <CitrusFieldset values={values} errors={errors} />
      </div>
      <NoticeFieldset category={category} noticeType={noticeType} notice={values.notice} errors={errors} />
    </>
  )
}
