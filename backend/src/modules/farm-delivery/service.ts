import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { farmDeliveryFee, farmDeliveryOptionDataSchema } from "./delivery-price"

/**
 * 택배 from the farm itself. Each farm's shipping options use this provider, with the fee and
 * free-delivery threshold in the option's data; Medusa passes only the items of the option's
 * shipping profile (= that farm), so the threshold applies to the farm's own goods.
 * Courier hand-over and tracking numbers are recorded on the fulfillment by the farmer.
 */
class FarmDeliveryProviderService extends AbstractFulfillmentProviderService {
  static override identifier = "farm-delivery"

  override async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [
      { id: "normal", name: "일반 택배" },
      { id: "chilled", name: "냉장 택배" },
      { id: "frozen", name: "냉동 택배" },
    ]
  }

  override async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return farmDeliveryOptionDataSchema.safeParse(data).success
  }

  override async validateFulfillmentData(
    _optionData: Record<string, unknown>,
    data: Record<string, unknown>
  ): Promise<Record<string, unknown>> {
    return data
  }

  override async canCalculate(): Promise<boolean> {
    return true
  }

  override async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const parsed = farmDeliveryOptionDataSchema.safeParse(optionData)
    if (!parsed.success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `배송 옵션 설정이 올바르지 않습니다: ${parsed.error.message}`)
    }
    const items = (context.items ?? []) as ReadonlyArray<{ unit_price?: unknown; quantity?: unknown }>
    return { calculated_amount: farmDeliveryFee(parsed.data, items), is_calculated_price_tax_inclusive: true }
  }

  override async createFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }

  override async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  override async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}

export default FarmDeliveryProviderService
