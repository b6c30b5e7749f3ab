/** A one-line progress bar on a terminal, plain lines elsewhere (CI logs). */
export function progress(label: string, total: number) {
  const tty = Boolean(process.stdout.isTTY)
  let done = 0
  const draw = () => {
    const width = 24
    const filled = total === 0 ? width : Math.round((done / total) * width)
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`
    const line = `  ${label} ${bar} ${done}/${total}`
    if (tty) process.stdout.write(`\r${line}${done === total ? "\n" : ""}`)
    else if (done === total || done % 10 === 0) console.log(line)
  }
  return {
    tick(n = 1) {
      done = Math.min(total, done + n)
      draw()
    },
  }
}
