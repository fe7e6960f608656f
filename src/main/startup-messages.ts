// Sentences for failures that stop the app before the window (and its translations) exist.
import type { DeskErrorBody } from '../shared/contract'

type Lang = 'zh-CN' | 'en'

/** migrate.ts refuses a file whose applied migrations are not this app's first steps. */
const HISTORY_REASONS = new Set(['db-step-unknown', 'db-step-skipped', 'db-step-edited', 'db-history-unknown'])

export function startupErrorText(error: DeskErrorBody, lang: Lang): { title: string; body: string } {
  const p = error.params ?? {}
  const zh = lang === 'zh-CN'
  if (p.reason === 'db-too-new') {
    return zh
      ? { title: 'ShiftDesk 版本过旧', body: `数据文件 ${p.file ?? ''} 由更新版本的 ShiftDesk 写入（数据版本 ${p.version}，本程序只支持到 ${p.latest}）。为保护你的记录，本程序没有改动它。请安装最新版 ShiftDesk 后再打开。` }
      : { title: 'ShiftDesk is out of date', body: `The data file ${p.file ?? ''} was written by a newer ShiftDesk (data version ${p.version}; this one understands up to ${p.latest}). It has not been changed. Install the latest ShiftDesk and open it again.` }
  }
  if (HISTORY_REASONS.has(String(p.reason))) {
    return zh
      ? { title: '数据文件与本程序不匹配', body: `数据文件 ${p.file ?? ''} 的升级记录与本程序不一致，可能是另一个版本的 ShiftDesk 写入的。为保护你的记录，本程序没有升级它。请用写入它的那个版本打开，或把文件移到别处后重新打开（会新建一个空的数据文件），并联系组长。\n详情：${error.message}` }
      : { title: 'This data file does not match this ShiftDesk', body: `The upgrade history of the data file ${p.file ?? ''} does not match this ShiftDesk; another build probably wrote it. It has not been upgraded. Open it with the build that wrote it, or move the file elsewhere and start again (a new, empty data file is made), and tell your team lead.\nDetails: ${error.message}` }
  }
  if (p.reason === 'database-key-mismatch') {
    return zh
      ? { title: '数据文件打不开：密钥不对', body: `加密的数据文件 ${p.file ?? ''} 无法用本机的密钥文件（keyring.json）解开，它的备份也一样。本程序没有改动任何文件。请把属于这个数据文件夹的 keyring.json 放回原处后重新打开；如果确实要从头开始，请先把整个数据文件夹移到别处。` }
      : { title: 'The data file does not open with this key', body: `The encrypted data file ${p.file ?? ''} (and its backups) cannot be opened with this PC's key file (keyring.json). Nothing was changed. Put back the keyring.json that belongs to this data folder and open ShiftDesk again; to start afresh, move the whole data folder elsewhere first.` }
  }
  if (p.reason === 'keyring-no-keystore' || p.reason === 'keyring-keystore-refused') {
    return zh
      ? { title: '数据已加密，本机打不开', body: `这个数据文件夹已加密，钥匙（${p.file ?? 'keyring.json'}）由开启加密时那台电脑、那个系统账户的钥匙串保管，现在的系统账户取不出来。本程序没有改动任何文件。请用开启加密的那个系统账户登录后再打开 ShiftDesk；如果确实要从头开始，请先把整个数据文件夹移到别处。` }
      : { title: 'The data is encrypted and this account cannot open it', body: `This data folder is encrypted. Its key (${p.file ?? 'keyring.json'}) is kept by the OS keystore of the PC and OS account that turned encryption on, and this account cannot get it out. Nothing was changed. Sign in to that OS account and open ShiftDesk again; to start afresh, move the whole data folder elsewhere first.` }
  }
  if (p.reason === 'dir-not-writable') {
    return zh
      ? { title: '无法保存数据', body: `ShiftDesk 无法写入数据文件夹：${p.dir}\n请检查该文件夹是否存在、磁盘是否已满或只读，或设置环境变量 SHIFTDESK_DATA_DIR 指向一个可写的文件夹后重新打开。` }
      : { title: 'Cannot save data', body: `ShiftDesk cannot write to its data folder: ${p.dir}\nCheck that the folder exists and the disk is not full or read-only, or set SHIFTDESK_DATA_DIR to a writable folder and start again.` }
  }
  return zh
    ? { title: 'ShiftDesk 无法启动', body: `启动时出错：${error.message}\n你的记录没有被改动。请重新打开；如果仍然出错，请联系组长。` }
    : { title: 'ShiftDesk could not start', body: `Start-up failed: ${error.message}\nYour records were not changed. Open it again; if it still fails, tell your team lead.` }
}
