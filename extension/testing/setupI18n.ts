// Panel tests mount components the way the panel does: with its vue-i18n instance (English).
import { config } from '@vue/test-utils'
import { i18n } from '../i18n'

config.global.plugins = [...(config.global.plugins ?? []), i18n]
