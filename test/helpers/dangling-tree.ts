// A tree file whose question links to a step that does not exist (o-no-stock): the import that
// must be refused, naming the step, with nothing changed.
export function danglingTreeFile(): Record<string, unknown> {
  return {
    id: 'wrong-size',
    version: 1,
    title: '尺码不合适',
    description: '',
    inputs: [],
    root: 'q-size',
    nodes: [
      { id: 'q-size', kind: 'question', text: '想换的尺码有货吗？', options: [{ label: '有货', next: 'o-exchange' }, { label: '没货', next: 'o-no-stock' }] },
      { id: 'o-exchange', kind: 'outcome', title: '换货', script: '亲，您好！可以为您换货，请问还有其他需要帮您的吗？' },
    ],
  }
}
