// Sentences for failures that stop the app before the window (and its translations) exist.
import type { DeskErrorBody } from '../shared/contract'
import { STARTUP_ERROR_REASONS, reasonIn, type StartupErrorReason } from '../shared/ipc/errors'

type Lang = 'zh-CN' | 'en'

/** Where the agent puts the recovery code: beside keyring.json (services/at-rest/recovery-code.ts). */
const recoveryFile = (p: NonNullable<DeskErrorBody['params']>) => (typeof p.file === 'string' ? p.file.replace(/keyring\.json$/, 'recovery-code.txt') : 'recovery-code.txt')

type Text = { title: string; body: string }
type Sentences = (p: NonNullable<DeskErrorBody['params']>, error: DeskErrorBody) => Record<Lang, Text>

const tooNew: Sentences = (p) => ({
  'zh-CN': { title: 'ShiftDesk 版本过旧', body: `数据文件 ${p.file ?? ''} 由更新版本的 ShiftDesk 写入（数据版本 ${p.version}，本程序只支持到 ${p.latest}）。为保护你的记录，本程序没有改动它。请安装最新版 ShiftDesk 后再打开。` },
  en: { title: 'ShiftDesk is out of date', body: `The data file ${p.file ?? ''} was written by a newer ShiftDesk (data version ${p.version}; this one understands up to ${p.latest}). It has not been changed. Install the latest ShiftDesk and open it again.` },
})

const otherHistory: Sentences = (p, error) => ({
  'zh-CN': { title: '数据文件与本程序不匹配', body: `数据文件 ${p.file ?? ''} 的升级记录与本程序不一致，可能是另一个版本的 ShiftDesk 写入的。为保护你的记录，本程序没有升级它。请用写入它的那个版本打开，或把文件移到别处后重新打开（会新建一个空的数据文件），并联系组长。\n详情：${error.message}` },
  en: { title: 'This data file does not match this ShiftDesk', body: `The upgrade history of the data file ${p.file ?? ''} does not match this ShiftDesk; another build probably wrote it. It has not been upgraded. Open it with the build that wrote it, or move the file elsewhere and start again (a new, empty data file is made), and tell your team lead.\nDetails: ${error.message}` },
})

const keyMismatch: Sentences = (p) => ({
  'zh-CN': { title: '数据文件打不开：密钥不对', body: `加密的数据文件 ${p.file ?? ''} 无法用本机的密钥文件（keyring.json）解开，它的备份也一样。本程序没有改动任何文件。请把属于这个数据文件夹的 keyring.json 放回原处后重新打开；如果确实要从头开始，请先把整个数据文件夹移到别处。` },
  en: { title: 'The data file does not open with this key', body: `The encrypted data file ${p.file ?? ''} (and its backups) cannot be opened with this PC's key file (keyring.json). Nothing was changed. Put back the keyring.json that belongs to this data folder and open ShiftDesk again; to start afresh, move the whole data folder elsewhere first.` },
})

const keystoreCannotOpen: Sentences = (p) => ({
  'zh-CN': { title: '数据已加密，本机打不开', body: `这个数据文件夹已加密，钥匙（${p.file ?? 'keyring.json'}）由开启加密时那台电脑、那个系统账户的钥匙串保管，现在的系统账户取不出来。本程序没有改动任何文件。请用开启加密的那个系统账户登录后再打开 ShiftDesk。如果那个系统账户已经不在了（重装系统、换了电脑），而你在设置里生成过恢复码：在数据文件夹里新建文本文件 ${recoveryFile(p)}，把纸上的恢复码写进去，保存后重新打开 ShiftDesk。如果确实要从头开始，请先把整个数据文件夹移到别处。` },
  en: { title: 'The data is encrypted and this account cannot open it', body: `This data folder is encrypted. Its key (${p.file ?? 'keyring.json'}) is kept by the OS keystore of the PC and OS account that turned encryption on, and this account cannot get it out. Nothing was changed. Sign in to that OS account and open ShiftDesk again. If that account is gone (the OS was reinstalled, or this is a new PC) and you made a recovery code in Settings: create the text file ${recoveryFile(p)} in the data folder, write the code from your paper copy into it, save it and open ShiftDesk again. To start afresh, move the whole data folder elsewhere first.` },
})

const recoveryWrong: Sentences = (p) => ({
  'zh-CN': { title: '恢复码不对', body: `${p.file ?? 'recovery-code.txt'} 里的恢复码打不开这个数据文件夹。本程序没有改动任何文件。请对照纸上的恢复码（只看字母和数字，大小写、空格和横线都无所谓）改正这个文件，保存后重新打开 ShiftDesk。如果后来又生成过新的恢复码，旧的就不能用了，请用最新的那一个。` },
  en: { title: 'The recovery code is not right', body: `The recovery code in ${p.file ?? 'recovery-code.txt'} does not open this data folder. Nothing was changed. Compare it with your paper copy (only letters and digits count; case, spaces and dashes do not), correct the file, save it and open ShiftDesk again. If a newer code was made later, the older one no longer works: use the newest.` },
})

const recoveryNone: Sentences = (p) => ({
  'zh-CN': { title: '这个数据文件夹没有恢复码', body: `这个数据文件夹从来没有生成过恢复码，所以 ${p.file ?? 'recovery-code.txt'} 打不开它。本程序没有改动任何文件。请用开启加密的那个系统账户登录后再打开 ShiftDesk；如果确实要从头开始，请先把整个数据文件夹移到别处。` },
  en: { title: 'This data folder has no recovery code', body: `No recovery code was ever made for this data folder, so ${p.file ?? 'recovery-code.txt'} cannot open it. Nothing was changed. Sign in to the OS account that turned encryption on and open ShiftDesk again; to start afresh, move the whole data folder elsewhere first.` },
})

const recoveryNeedsKeystore: Sentences = (p) => ({
  'zh-CN': { title: '本机不能用恢复码', body: `这台电脑没有可用的系统钥匙串，恢复后无法把钥匙重新保管起来，所以没有使用 ${p.file ?? 'recovery-code.txt'}。本程序没有改动任何文件。请在系统钥匙串正常的电脑（Windows 或 macOS）上使用恢复码。` },
  en: { title: 'The recovery code cannot be used on this PC', body: `This PC has no usable OS keystore to keep the key in after the recovery, so ${p.file ?? 'recovery-code.txt'} was not used. Nothing was changed. Use the recovery code on a PC whose OS keystore works (Windows or macOS).` },
})

const keyringUnreadable: Sentences = (p) => ({
  'zh-CN': { title: '钥匙文件读不出来', body: `这个数据文件夹的钥匙文件 ${p.file ?? 'keyring.json'} 已损坏，读不出来。本程序没有改动任何文件。请从数据文件夹的备份副本里把 keyring.json 放回原处后重新打开 ShiftDesk，并联系组长。` },
  en: { title: 'The key file cannot be read', body: `This data folder's key file ${p.file ?? 'keyring.json'} is damaged and cannot be read. Nothing was changed. Put back keyring.json from a copy of the data folder and open ShiftDesk again, and tell your team lead.` },
})

const keyringTooNew: Sentences = (p) => ({
  'zh-CN': { title: 'ShiftDesk 版本过旧', body: `钥匙文件 ${p.file ?? 'keyring.json'} 由更新版本的 ShiftDesk 写入。为保护你的记录，本程序没有改动它。请安装最新版 ShiftDesk 后再打开。` },
  en: { title: 'ShiftDesk is out of date', body: `The key file ${p.file ?? 'keyring.json'} was written by a newer ShiftDesk. It has not been changed. Install the latest ShiftDesk and open it again.` },
})

const dirNotWritable: Sentences = (p) => ({
  'zh-CN': { title: '无法保存数据', body: `ShiftDesk 无法写入数据文件夹：${p.dir}\n请检查该文件夹是否存在、磁盘是否已满或只读，或设置环境变量 SHIFTDESK_DATA_DIR 指向一个可写的文件夹后重新打开。` },
  en: { title: 'Cannot save data', body: `ShiftDesk cannot write to its data folder: ${p.dir}\nCheck that the folder exists and the disk is not full or read-only, or set SHIFTDESK_DATA_DIR to a writable folder and start again.` },
})

/** Every start-up reason has its sentence (a new reason without one does not compile). */
const SENTENCES: Record<StartupErrorReason, Sentences> = {
  'dir-not-writable': dirNotWritable,
  'db-too-new': tooNew,
  // migrate.ts refuses a file whose applied migrations are not this app's first steps.
  'db-step-unknown': otherHistory,
  'db-step-skipped': otherHistory,
  'db-step-edited': otherHistory,
  'db-history-unknown': otherHistory,
  'database-key-mismatch': keyMismatch,
  'keyring-unreadable': keyringUnreadable,
  'keyring-too-new': keyringTooNew,
  'keyring-no-keystore': keystoreCannotOpen,
  'keyring-keystore-refused': keystoreCannotOpen,
  'recovery-code-wrong': recoveryWrong,
  'recovery-code-none': recoveryNone,
  'recovery-needs-keystore': recoveryNeedsKeystore,
}

export function startupErrorText(error: DeskErrorBody, lang: Lang): Text {
  const reason = reasonIn(error.params, STARTUP_ERROR_REASONS)
  if (reason !== null) return SENTENCES[reason](error.params ?? {}, error)[lang]
  return lang === 'zh-CN'
    ? { title: 'ShiftDesk 无法启动', body: `启动时出错：${error.message}\n你的记录没有被改动。请重新打开；如果仍然出错，请联系组长。` }
    : { title: 'ShiftDesk could not start', body: `Start-up failed: ${error.message}\nYour records were not changed. Open it again; if it still fails, tell your team lead.` }
}
