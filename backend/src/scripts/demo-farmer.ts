import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { FARM_MODULE } from "../modules/farm"
import type FarmModuleService from "../modules/farm/service"

/** The seeded farm whose portal the demo login opens. */
const DEMO_FARM = "namwon-sunny-orchard"

/**
 * `medusa exec ./src/scripts/demo-farmer.ts` with DEMO_FARMER_EMAIL and DEMO_FARMER_PASSWORD:
 * a portal login (owner) for a seeded farm, so a newcomer can try /farmer at once. The launcher
 * runs it once per data folder; a second run changes nothing.
 */
export default async function demoFarmer({ container }: ExecArgs) {
  const email = process.env.DEMO_FARMER_EMAIL
  const password = process.env.DEMO_FARMER_PASSWORD
  if (!email || !password) throw new Error("DEMO_FARMER_EMAIL and DEMO_FARMER_PASSWORD are required")
  const farms = container.resolve<FarmModuleService>(FARM_MODULE)
  if ((await farms.listFarmMembers({ email }, { select: ["id"] })).length) return
  const [farm] = await farms.listFarms({ handle: DEMO_FARM }, { select: ["id", "representative", "phone"] })
  if (!farm) throw new Error(`the seeded farm ${DEMO_FARM} is missing`)
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!authIdentity) throw new Error(`cannot register ${email}: ${error ?? "unknown error"}`)
  const member = await farms.createFarmMembers({ farm_id: farm.id, email, name: farm.representative, phone: null, role: "owner" })
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { farmer_id: member.id } })
  console.log(`농가 체험 계정: ${email} (${DEMO_FARM})`)
}
