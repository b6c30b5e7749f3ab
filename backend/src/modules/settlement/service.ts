import { MedusaService } from "@medusajs/framework/utils"
import { SettlementStatement } from "./models/settlement-statement"

class SettlementModuleService extends MedusaService({ SettlementStatement }) {}

export default SettlementModuleService
