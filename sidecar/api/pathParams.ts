// Path parameters: digits only, since Number(' 1') would quietly read a padded or odd id as job 1.
import { z } from 'zod'

export const JobId = z.object({
  id: z.string().regex(/^[1-9]\d{0,14}$/, 'a job id is a positive whole number').transform(Number),
})
export const SegmentParams = JobId.extend({
  idx: z.string().regex(/^(0|[1-9]\d{0,4})$/, 'a segment index is a whole number from 0').transform(Number),
})
export const TakeParams = SegmentParams.extend({
  take: z.string().regex(/^[1-9]\d{0,4}$/, 'a take number is a whole number from 1').transform(Number),
})
