// The new-job form (start image, start from text, seams), loaded when first opened (a chunk of its own), with the English texts only it uses.
import messages from 'longvideo-messages:lazy'
import { addEnglish } from '../i18n'

addEnglish(messages)
export { default } from '../components/newjob/NewJobForm.vue'
