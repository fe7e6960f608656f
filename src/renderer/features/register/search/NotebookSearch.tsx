// One search box over every notebook ShiftDesk keeps: Chinese words from two characters, order
// numbers, Latin words. Results come as the agent types, newest first, a page at a time.
import { Alert, Empty, Flex, Input, Pagination, Space, Spin, Typography, type InputRef } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { onEvent } from '../../../lib/desk'
import { errorMessage } from '../../../lib/errors'
import { SECTIONS, type Section } from '../../shell/sections'
import { useNavigation, useOnSectionVisit } from '../../shell/navigation-store'
import { useRegister } from '../register-store'
import { SearchFilterBar } from './SearchFilterBar'
import { SearchHitCard } from './SearchHitCard'
import { SEARCH_PAGE_SIZE, useNotebookSearch } from './search-store'

const TYPING_PAUSE_MS = 200

export function NotebookSearch() {
  const { t } = useTranslation()
  const { query, filters, page, result, loading, failure, setQuery, setFilters, setPage, run } = useNotebookSearch()
  const [typed, setTyped] = useState(query)
  const box = useRef<InputRef>(null)
  // The box takes the caret when the tab opens and on every visit to the section (it stays mounted while hidden).
  useEffect(() => box.current?.focus(), [])
  useOnSectionVisit('register', () => requestAnimationFrame(() => box.current?.focus()))

  useEffect(() => {
    const timer = setTimeout(() => {
      if (typed !== useNotebookSearch.getState().query) setQuery(typed)
    }, TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [typed, setQuery])

  useEffect(() => {
    void run()
  }, [query, filters, page, run])

  // An entry edited from the results (its answer filled in) shows its new text.
  useEffect(() => onEvent('register:changed', () => void run()), [run])

  const open = (notebook: string, refId: string, kind: string | null) => {
    if (notebook === 'register') useRegister.getState().openEntry({ id: refId, kind: kind === 'followup' ? 'followup' : 'question' })
    else if ((SECTIONS as readonly string[]).includes(notebook)) useNavigation.getState().go(notebook as Section)
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      <Input.Search
        ref={box}
        allowClear
        size="large"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onSearch={(value) => {
          setTyped(value)
          setQuery(value)
        }}
        placeholder={t('register.search.placeholder')}
        aria-label={t('register.search.label')}
      />
      <SearchFilterBar filters={filters} onChange={setFilters} />
      {failure ? <Alert type="error" showIcon title={errorMessage(failure, t)} /> : null}
      <Spin spinning={loading}>
        {result === null ? (
          <Typography.Text type="secondary">{t('register.search.hint')}</Typography.Text>
        ) : result.tooShort ? (
          <Typography.Text type="warning">{t('register.search.tooShort')}</Typography.Text>
        ) : result.hits.length === 0 ? (
          <Empty description={t('register.search.nothing', { query })} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }} size={8}>
            <Typography.Text type="secondary" role="status">
              {t(result.totalIsLowerBound ? 'register.search.countMany' : 'register.search.count', { count: result.total })}
            </Typography.Text>
            {result.hits.map((hit) => (
              <SearchHitCard key={`${hit.notebook}:${hit.refId}`} hit={hit} onOpen={() => open(hit.notebook, hit.refId, hit.kind)} />
            ))}
            {result.total > SEARCH_PAGE_SIZE ? (
              <Flex justify="center">
                <Pagination current={page} pageSize={SEARCH_PAGE_SIZE} total={result.total} onChange={setPage} showSizeChanger={false} />
              </Flex>
            ) : null}
          </Space>
        )}
      </Spin>
    </Space>
  )
}
