// KEP-5495's kubernetes/website parameters and criteria windows, as data (CRITERIA.md section 5).

export const WEBSITE = {}

export const WEBSITE_CRITERIA = {}
