// Templates for what criteria say, as ESLint rules keep theirs: `{gate} is locked at {target}`,
// filled with named values. A placeholder without a value is a bug of kep-gate, said as such.

/** The values a template is filled with. */
export type TemplateData = Readonly<Record<string, string | number>>

const PLACEHOLDER = /\{(\w+(?:\.\w+)?)\}/g

/** `template` with each `{name}` replaced by its value; `what` names the template in errors. */
export function fillTemplate(template: string, data: TemplateData, what: string): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = data[name]
    if (value === undefined) throw new Error(`${what} has no value for {${name}}`)
    return String(value)
  })
}

/** The placeholders of a template, in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map(m => m[1]!)
}
