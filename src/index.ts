// The action's entry (dist/index.js): it only starts the run.
import { run } from './main.js'

await run()
