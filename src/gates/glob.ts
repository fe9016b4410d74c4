import { escapeRegExp } from '../text.js'

/** A glob as git writes pathspecs: `*` within one path segment, `**` across segments. */
export function globRegExp(glob: string): RegExp {
  const body = glob
    .split(/(\*\*\/|\*\*|\*)/)
    .map(part =>
      part === '**/'
        ? '(?:.*/)?'
        : part === '**'
          ? '.*'
          : part === '*'
            ? '[^/]*'
            : escapeRegExp(part)
    )
    .join('')
  return new RegExp(`^${body}$`)
}
