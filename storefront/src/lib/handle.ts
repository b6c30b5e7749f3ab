/** Catalog handles are ASCII kebab-case (the seed and the farm route enforce the same rule). */
const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isHandle(value: string): boolean {
  return value.length <= 100 && HANDLE.test(value)
}
