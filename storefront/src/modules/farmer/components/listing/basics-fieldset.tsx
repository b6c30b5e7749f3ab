"use client"

import { useState } from "react"
import { CATEGORIES } from "@/lib/categories"
import { DELIVERY_LABEL } from "@/lib/delivery"
import type { ListingFormValues } from "@/lib/farmer-api/listing-form"
import { TOURISM_NOTICE_TYPES } from "@/lib/farmer-api/notice-labels"
import { DELIVERY_TYPES } from "@/lib/farmer-api/schemas"
import type { FieldErrors } from "@/lib/forms"
import styles from "../../templates/farmer.module.css"
import { CheckField, SelectField, TextAreaField, TextField } from "../fields"

type Props = {
  values: ListingFormValues
  errors: FieldErrors
  category: string
  onCategory: (category: string) => void
  onNoticeType: (type: string) => void
}

const CATEGORY_OPTIONS = CATEGORIES.map((c) => ({ value: c.handle, label: c.name }))
const DELIVERY_OPTIONS = DELIVERY_TYPES.map((t) => ({ value: t, label: DELIVERY_LABEL[t] }))
const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}월` }))

/** What the listing is, how it travels and when it is sold. */
export default function BasicsFieldset({ values, errors, category, onCategory, onNoticeType }: Props) {
  const [allYear, setAllYear] = useState(values.all_year)
  return (
    <>
      <fieldset className={styles.group}>
        <legend>상품</legend>
        <SelectField name="category" label="종류" placeholder="골라 주세요" options={CATEGORY_OPTIONS} defaultValue={values.category} error={errors.category} onChange={onCategory} />
        {category === "tourism" && (
          <SelectField
            name="notice_type"
            label="관광·체험 상품의 형태"
            hint="이용권·체험이면 '쿠폰', 기념품 같은 물건이면 '물건'. 상품정보제공고시 항목이 달라집니다."
            options={TOURISM_NOTICE_TYPES}
            defaultValue={values.notice_type}
            error={errors.notice_type}
            onChange={onNoticeType}
          />
        )}
        <TextField name="title" label="상품 이름" hint="예: 서귀포 남원 한라봉" maxLength={100} defaultValue={values.title} error={errors.title} />
        <TextField name="subtitle" label="한 줄 소개 (선택)" hint="예: 껍질이 얇고 달아요" required={false} maxLength={100} defaultValue={values.subtitle} error={errors.subtitle} />
        <TextAreaField name="description" label="상품 설명" hint="맛, 키운 방법, 보관 방법 등을 편하게 적어 주세요." maxLength={5000} rows={7} defaultValue={values.description} error={errors.description} />
        <TextField name="origin" label="원산지" hint="예: 제주 서귀포시 남원읍" maxLength={100} defaultValue={values.origin} error={errors.origin} />
        <CheckField name="gift" label="선물 세트입니다" hint="선물 상자에 담아 보내는 상품이면 표시해 주세요." defaultChecked={values.gift} />
      </fieldset>

      <fieldset className={styles.group}>
        <legend>배송과 판매 시기</legend>
        <SelectField name="delivery_type" label="배송 방법" options={DELIVERY_OPTIONS} defaultValue={values.delivery_type} error={errors.delivery_type} />
        <CheckField name="all_year" label="연중 판매 (1년 내내)" defaultChecked={values.all_year} onChange={setAllYear} />
        {!allYear && (
          <div className={styles.twoCols}>
            <SelectField name="season_from" label="언제부터" placeholder="골라 주세요" options={MONTHS} defaultValue={values.season_from} error={errors.season_from} />
            <SelectField name="season_to" label="언제까지" placeholder="골라 주세요" options={MONTHS} defaultValue={values.season_to} error={errors.season_to} />
          </div>
        )}
      </fieldset>
    </>
  )
}
