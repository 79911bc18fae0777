// The Backends view, loaded when first opened (a chunk of its own), with the English texts only it uses.
import messages from 'longvideo-messages:lazy'
import { addEnglish } from '../i18n'

addEnglish(messages)
export { default } from '../components/backends/BackendsView.vue'
