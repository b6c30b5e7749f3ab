import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import EmbeddedSearchProvider from "./service"

export default ModuleProvider(Modules.SEARCH, { services: [EmbeddedSearchProvider] })
