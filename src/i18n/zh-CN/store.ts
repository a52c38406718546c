import type { store as english } from '../en/store.js';
import type { Translation } from '../types.js';

type Path = { path: string };
type PathReason = { path: string; reason: string };

/** 数据库文件本身的问题：不是数据库、版本更新、升级失败、`acct db check` 的发现。 */
export const store = {
  'store.create.failed': ({ path, reason }: PathReason) => `无法创建数据库 ${path}：${reason}`,
  'store.create.failed.hint': '请用 --db PATH 或 ACCT_DB 指定一个可写的位置',
  'store.isFolder': ({ path }: Path) => `${path} 是一个目录，不是数据库文件`,
  'store.notRegular': ({ path }: Path) => `${path} 不是普通文件（而是设备或管道）`,
  'store.passFile.hint': '请用 --db 指定一个文件路径',
  'store.notSqlite': ({ path }: Path) => `${path} 不是 acct 数据库（根本不是 SQLite 文件）`,
  'store.notSqlite.hint': '请用 --db 指向一个 acct 数据库或一个新文件',
  'store.notSqlite.checkHint': '请用 --db 指向一个 acct 数据库',
  'store.otherProgram': ({ path }: Path) => `${path} 不是 acct 数据库`,
  'store.otherProgram.hint': '它属于另一个程序；请用 --db 指向一个 acct 数据库或一个新文件',
  'store.newer': ({ path, version, latest }: Path & { version: number; latest: number }) =>
    `${path} 是由更新版本的 acct 写入的（数据结构版本 ${version}，当前 acct 最高只支持 ${latest}）`,
  'store.newer.hint': '请升级 acct；文件没有被改动',
  'store.open.failed': ({ path, reason }: PathReason) => `无法打开 ${path}：${reason}`,
  'store.open.failed.hint': '请检查路径及其权限',
  'store.read.failed': ({ path, reason }: PathReason) => `无法读取 ${path}：${reason}`,
  'store.read.failed.hint': '请运行 `acct db check` 检查是否损坏',
  'store.walStuck': ({ path, wal }: Path & { wal: string }) =>
    `无法读取 ${path}：最近的修改还在 ${wal} 中，而所在目录是只读的`,
  'store.walStuck.hint': ({ dir }: { dir: string }) =>
    `请临时将目录改为可写（chmod u+w "${dir}"）并运行任意一条 acct 命令，让这些修改合并进数据库`,
  'store.upgrade.failed': ({ path, reason }: { path: string | null; reason: string }) =>
    `无法升级${path === null ? '数据库' : ` ${path}`}：${reason}`,
  'store.upgrade.failed.hint': '文件保持原样；请附上 ACCT_DEBUG=1 的输出报告此问题',
  'store.check.orphan': ({ table, rowid, parent }: { table: string; rowid: number; parent: string }) =>
    `${table} 表第 ${rowid} 行引用的 ${parent} 记录不存在`,
  'store.sqlite.corrupt': () => '数据库文件的页面已损坏',
  'store.sqlite.notADatabase': () => '无法识别为数据库文件',
  'store.import.refused': ({ reason }: { reason: string }) => `数据库拒绝了这一行：${reason}`,
  'store.pg.connect.failed': ({ url, reason }: { url: string; reason: string }) => `无法连接到 ${url}：${reason}`,
  'store.pg.connect.refused.hint': '请确认 PostgreSQL 服务器正在运行，并检查主机名和端口',
  'store.pg.connect.auth.hint': '请检查用户名和密码；密码最好放在 ~/.pgpass 或 PGPASSWORD 中，而不要写在命令行上',
  'store.pg.connect.noDatabase.hint': '请先创建该数据库（createdb 名称），或改正数据库名',
  'store.pg.connect.other.hint': '请检查 URL；使用 ACCT_DB=postgres: 时请检查 PGHOST、PGPORT、PGUSER 和 PGDATABASE',
  'store.pg.failed': ({ url, reason }: { url: string; reason: string }) => `PostgreSQL（${url}）出错：${reason}`,
  'store.pg.failed.hint': '没有写入任何内容；请重试，或加上 ACCT_DEBUG=1 运行后报告问题',
  'store.pg.denied': ({ url, reason }: { url: string; reason: string }) => `${url}：${reason}`,
  'store.pg.denied.hint': '请向数据库管理员申请 acct 所需的权限',
  'store.pg.refused.theirs': ({ account, owner }: { account: string; owner: string }) =>
    `${account} 归 ${owner} 负责；如需接手，请让经理把它移交给你`,
  'store.pg.refused.unowned': ({ account }: { account: string }) => `${account} 还没有负责人；请让经理把它移交给你`,
  'store.pg.refused.handover': ({ account, owner }: { account: string; owner: string | null }) =>
    `只有经理才能把 ${account} 移交${owner === null ? '出去' : `给 ${owner}`}；请找经理办理`,
  'store.pg.refused.forOther': ({ account, owner }: { account: string; owner: string | null }) =>
    `${account} 的负责人会是 ${owner ?? '（无）'}；只有经理能替别人新建客户（去掉 --owner 即归你自己）`,
  'store.pg.team.initDenied': ({ user, reason }: { user: string; reason: string }) =>
    `${user} 无权建立团队角色：${reason}`,
  'store.pg.team.initDenied.hint':
    '请以拥有 CREATEROLE 权限的数据库所有者（或超级用户）连接，例如 ACCT_DB=postgres://postgres@host/acct',
  'store.pg.team.grantDenied': ({ user, reason }: { user: string; reason: string }) =>
    `${user} 无权向团队添加成员：${reason}`,
  'store.pg.team.notInit': '这个数据库还没有建立团队',
  'store.pg.team.notInit.hint': '请先以数据库所有者身份运行 acct db init',
} satisfies Translation<typeof english>;
