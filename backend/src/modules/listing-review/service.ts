import { MedusaService } from "@medusajs/framework/utils"
import { ListingRevision } from "./models/listing-revision"

class ListingReviewModuleService extends MedusaService({ ListingRevision }) {}

export default ListingReviewModuleService
