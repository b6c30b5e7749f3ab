import { Module } from "@medusajs/framework/utils"
import FarmModuleService from "./service"

export const FARM_MODULE = "farm"

export default Module(FARM_MODULE, { service: FarmModuleService })
