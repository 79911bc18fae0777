// Panel tests mount components the way the panel does: with its vue-i18n instance (English). They mount
// lazily loaded views directly, without the chunk that brings their texts, so all of English is added.
import { config } from '@vue/test-utils'
import en from '../../locales/en/main.json'
import { addEnglish, i18n } from '../i18n'

addEnglish(en.longVideo)
config.global.plugins = [...(config.global.plugins ?? []), i18n]
