// An entry's tags: typed freely; Enter, a comma (either width) or a space makes a chip. The tag
// being typed counts as on screen: Ctrl+Enter saves it with the rest. There is no drop-down list
// (it would only repeat what is typed, over the form's buttons).
import { Form, Select } from 'antd'
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { REGISTER_LIMITS } from '../../../shared/domain/register'
import { isSubmitEnter } from './form-guards'

const SEPARATORS = /[,，\s]+/

function withTags(current: unknown, typed: string[]): string[] {
  const tags = Array.isArray(current) ? (current as string[]) : []
  const added = typed.map((tag) => tag.trim()).filter((tag) => tag !== '' && !tags.includes(tag))
  return [...tags, ...new Set(added)].slice(0, REGISTER_LIMITS.tags)
}

export function TagsField() {
  const { t } = useTranslation()
  const form = Form.useFormInstance()
  const [typing, setTyping] = useState('')

  const commit = (words: string[]) => {
    if (words.some((w) => w.trim() !== '')) form.setFieldValue('tags', withTags(form.getFieldValue('tags'), words))
  }

  const onSearch = (text: string) => {
    const words = text.split(SEPARATORS)
    const last = words.pop() ?? ''
    commit(words)
    setTyping(last)
  }

  // Captured before the select sees the key: its own Enter handling toggles the last chip off.
  const onKeyDownCapture = (event: KeyboardEvent) => {
    const save = isSubmitEnter(event, true)
    if (!save && !isSubmitEnter(event, false)) return
    event.preventDefault()
    event.stopPropagation()
    commit([typing])
    setTyping('')
    if (save) form.submit()
  }

  return (
    <Form.Item label={t('register.fields.tags')} htmlFor="tags">
      <div onKeyDownCapture={onKeyDownCapture}>
        <Form.Item name="tags" noStyle>
          <Select
            mode="tags"
            open={false}
            suffixIcon={null}
            searchValue={typing}
            onSearch={onSearch}
            onBlur={() => {
              commit([typing])
              setTyping('')
            }}
            maxCount={REGISTER_LIMITS.tags}
            placeholder={t('register.placeholders.tags')}
          />
        </Form.Item>
      </div>
    </Form.Item>
  )
}
