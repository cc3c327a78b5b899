/**
 * Arguments, usage and exit codes of the command line. Imported by the entry at start-up: keep it free of
 * everything heavy (no zod, no core, no docx).
 */

export interface Args { positional: string[]; flags: Map<string, string | true> }

/** Exit codes (README and --help list them). */
export const EXIT = {
  ok: 0,
  /** the command failed; the library and the output files are as they were */
  failed: 1,
  usage: 2,
  /** a batch did part of its work: some files or plans were refused (the others were stored / written / compared) */
  partial: 3,
  /** Ctrl+C (SIGINT) stopped a batch import after its current file: what was stored stays, the rest was not read (128 + 2, as a shell reports it) */
  interrupted: 130,
  /**
   * the library is held by another program (the app saving, a backup, another import): a batch import stopped at the
   * first file refused so, what was stored before stays (75: EX_TEMPFAIL of sysexits.h — try again later)
   */
  busy: 75,
} as const;

/** A command typed wrong: exit 2, the line and the usage of `command` alone (usageOf). */
export class UsageError extends Error {
  constructor(message: string, public command?: string) {
    super(message);
  }
}

/**
 * The command's arguments after its name, one per name in `what`: fewer or more is a usage error (an extra one is never
 * ignored); `hint`, when given, follows either line (export-docx: 多份规划请用 --out <文件夹>).
 */
export function need(args: Args, what: readonly string[], hint?: string): string[] {
  const n = what.length;
  const tail = hint ? `;${hint}` : '';
  // only what is missing: `export-md p_x` lacks its output file, not 「计划ID和输出文件」
  if (args.positional.length < n + 1) throw new UsageError(`缺少${what.slice(args.positional.length - 1).join('和')}${tail}`);
  const extra = args.positional.slice(n + 1);
  if (extra.length) throw new UsageError(`多余的参数: ${extra.join(' ')}${n ? `(只需${what.join('和')})` : ''}${tail}`);
  return args.positional.slice(1, n + 1);
}

const TAKES_VALUE = new Set(['--data-dir', '--status', '--district', '--kind', '--department', '--limit', '--fonts', '--out', '--host', '--port', '--role', '--name', '--allow-host', '--db', '--export-workers']);

export function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const noValue: string[] = []; // said after the loop, with the command (which may come after the option)
  let tookCommand: { option: string; value: string } | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const k = eq < 0 ? a : a.slice(0, eq);
      if (eq >= 0) flags.set(k, a.slice(eq + 1));
      else if (TAKES_VALUE.has(k)) {
        // `--status --data-dir x`: the next option is no value (it would be taken as one and itself be lost)
        if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) noValue.push(k);
        else {
          const v = argv[++i];
          if (positional.length === 0 && isCommand(v)) tookCommand ??= { option: k, value: v };
          flags.set(k, v);
        }
      } else flags.set(k, true);
    } else if (a === '-h') flags.set('--help', true);
    else positional.push(a);
  }
  if (!flags.has('--help')) {
    // `--limit search 建设`: an option written before the command took the command as its value (未知命令“建设” said
    // nothing of it); `--data-dir import import a.txt` is a folder named import
    if (tookCommand && !isCommand(positional[0])) {
      const { option, value } = tookCommand;
      throw new UsageError(`${option} 写在了命令之前,命令“${value}”被读作它的值。请先写命令:plan-workbench ${value} … ${option} <值>`, value);
    }
    // an option the command does not read is said as such before a missing value (`list --status`: list has no --status)
    checkFlags(positional[0], [...flags.keys(), ...noValue]);
    if (noValue.length) throw new UsageError(`${noValue[0]} 需要一个值`, positional[0]);
  }
  return { positional, flags };
}

const isCommand = (word: string | undefined): word is string => word !== undefined && Object.hasOwn(COMMAND_USAGE, word);

/**
 * The options each command reads (besides --data-dir and --help). An option a command does not read is a usage
 * error, never ignored: `list --distrct 静安区` would list every plan, `import --db postgres://…` would store into the
 * local library.
 */
const COMMAND_FLAGS: Readonly<Record<string, readonly string[]>> = {
  import: ['--status', '--json', '--dry-run', '--allow-duplicates'],
  list: ['--district'],
  show: ['--json'],
  search: ['--json', '--district', '--kind', '--department', '--limit'],
  'export-json': ['--annotations'],
  'export-md': ['--annotations'],
  'export-docx': ['--cover', '--annex', '--fonts', '--json', '--all', '--out'],
  compare: ['--json', '--csv'],
  serve: ['--host', '--port', '--behind-https', '--allow-host', '--export-workers', '--db'],
  users: ['--role', '--district', '--name', '--password-stdin', '--db'],
};
const COMMON_FLAGS = ['--data-dir', '--help'];

/** An unknown command, with the command it was probably meant to be (`lsit` → list, `exportdocx` → export-docx). */
export function unknownCommand(cmd: string): UsageError {
  const typed = cmd.toLowerCase();
  const near = [...Object.keys(COMMAND_FLAGS), 'help']
    .map((c) => ({ c, d: editDistance(c, typed) }))
    .filter((x) => x.d <= 2)
    .sort((x, y) => x.d - y.d)[0]?.c;
  return new UsageError(`未知命令“${cmd}”${near ? `;是否指 ${near}?` : ''}`);
}

/** Is every option given (`given`: the names) one that `cmd` reads? Not checked with --help: help is printed whatever else is given. */
function checkFlags(cmd: string | undefined, given: readonly string[]): void {
  const known = cmd !== undefined ? COMMAND_FLAGS[cmd] : undefined;
  if (!known) return; // an unknown command or help: reported as such
  for (const k of given) {
    if (known.includes(k) || COMMON_FLAGS.includes(k)) continue;
    const all = [...known, ...COMMON_FLAGS];
    const near = all.find((f) => editDistance(f, k) <= 2);
    const elsewhere = Object.keys(COMMAND_FLAGS).filter((c) => COMMAND_FLAGS[c].includes(k));
    throw new UsageError(
      `${cmd} 没有选项 ${k}` +
        (near ? `;是否指 ${near}?` : elsewhere.length ? `(${k} 用于 ${elsewhere.join('、')})。` : '。') +
        `${cmd} 可用的选项:${all.join(' ')}`,
      cmd,
    );
  }
}

/** Levenshtein distance of two short strings (option names). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Each command's lines of the usage, in the order `help` lists them: a usage error prints its command's alone. */
export const COMMAND_USAGE: Readonly<Record<string, string>> = {
  import: `  import <文件|文件夹>… [--status reference|draft] [--json] [--dry-run]
        存入资料库。文件夹中的 .txt .md .docx .doc .wps .pdf .xlsx .html .htm .mht 逐个导入(含子文件夹);
        与资料库中某份规划内容相同的文件跳过,不重复存入(--allow-duplicates 仍存入)。
        终端上显示进度,最后汇总:已存入 / 重复跳过 / 拒绝及原因。--json: 每个文件一行 JSON;--dry-run: 只检查,不存入。
  import <文件> --json               只打印导入结果(plan-workbench/v1 与导入报告),不存入`,
  list: `  list [--district 区]               资料库中的规划;--district: 该区的规划,繁简、全半角写法不同也算同一区`,
  show: `  show <计划ID> [--json]              规划的元数据和提纲`,
  search: `  search <关键词>… [--json] [--district 区] [--kind task] [--department 部门] [--limit 1–500]
        几个词:同时含有这些词的条目;--district 同 list:南嶼縣 与 南屿县 是同一区`,
  'export-json': `  export-json <计划ID> <输出.json> [--annotations]
        规划交换文件(plan-workbench/v1);--annotations: 连同全部批注与修改建议(含已解决的、回复),导入时一并恢复`,
  'export-md': `  export-md <计划ID> <输出.md> [--annotations]
        Markdown(含附表);--annotations: 全部批注与修改建议写成文末的 <!-- 批注 … --> 注释块(阅读器不显示,导入时恢复)`,
  'export-docx': `  export-docx <计划ID|文件> <输出.docx> [--cover] [--annex] [--fonts windows] [--json]
  export-docx --all|<计划ID>… --out <文件夹> [--cover] [--annex] [--fonts windows] [--json]
        公文格式(GB/T 9704-2012)的 Word 文档,每份规划一个文件;文件不导入资料库。
        Word 不保存的内容(如不加 --cover 时的发文字号等封面字段)在标准错误上逐行说明,与导出对话框相同;
        --json: 每个文件一行 JSON(source、file、coverWarnings、omissions)`,
  compare: `  compare <计划ID|文件> <计划ID|文件>… [--json | --csv]
        一份规划对比一份(逐项配对列表)或多份(每份一行的汇总表);文件只临时导入,不存入
        --csv 以 UTF-8 BOM 开头,重定向到 .csv 文件后 Excel、WPS 直接打开不乱码`,
  serve: `  serve [--host 地址] [--port 端口] [--behind-https] [--allow-host 名称,…] [--export-workers 数量]
        单位资料库服务器:同一资料库供多人通过浏览器使用,须登录(账户与角色见 users)。默认只监听本机
        127.0.0.1:8470;--host 0.0.0.0 对局域网开放。--behind-https: 经 HTTPS 反向代理访问(Cookie 加 Secure);
        --allow-host: 代理的对外主机名。--export-workers: 常驻的 Word 导出线程数(默认 CPU 核数与 2 中较小者,
        0 = 每次导出新开线程)。没有可用的管理员账户时不启动。Ctrl+C 停止。`,
  users: `  users add <用户名> --role planner|reviewer|clerk|admin [--district 区] [--name 显示名] [--password-stdin]
  users list | users passwd <用户名> [--password-stdin] | users disable <用户名> | users enable <用户名>
        服务器的账户(存于资料库,密码以 scrypt 散列保存)。密码在终端中输入两次(不显示),
        或用 --password-stdin 从标准输入读第一行;至少 12 个字符。`,
  help: `  help [命令]                        全部用法;help <命令> 或 <命令> --help: 该命令的用法`,
};

/** The options every command takes, and the exit codes. */
const USAGE_OPTIONS = `选项:   --data-dir <目录>   资料库文件夹(默认: 应用的数据文件夹)    --version   版本号`;
const USAGE_EXIT = `退出码: 0 成功 · 1 失败(资料库和输出文件未改动) · 2 用法错误 · 3 部分成功(批量导入或导出中有文件被拒绝、一份对比多份时有规划未能读取,其余已完成) · 75 资料库正被另一个程序使用,批量导入在第一个等不到资料库的文件停止(已存入的保留,汇总列出未导入的文件,可稍后再导入) · 130 导入被 Ctrl+C 中断(当前文件导入完即停,已存入的保留,汇总列出未导入的文件)`;

export const USAGE = `用法: plan-workbench <命令> [选项]        (在仓库中也可用 npm run -s cli -- <命令>)

${Object.values(COMMAND_USAGE).join('\n')}

${USAGE_OPTIONS}
${USAGE_EXIT}`;

/**
 * What a usage error prints under its line: the usage of its command alone (the whole usage hid the one line that
 * mattered under forty others), or the commands' names when none was recognised; and where the whole usage is.
 */
export function usageOf(command: string | undefined): string {
  const own = command !== undefined && command !== 'help' && Object.hasOwn(COMMAND_USAGE, command) ? COMMAND_USAGE[command] : undefined;
  return (own ? `用法:\n${own}\n` : `命令: ${Object.keys(COMMAND_USAGE).join(' ')}\n`) + '全部命令、选项(--data-dir)与退出码: plan-workbench help';
}

/**
 * What help is asked about: `help <命令>` and `<命令> --help` (or -h) name a command — its usage alone, as `help <命令>`
 * prints it (h-ui44: `export-md --help` printed all forty lines); `help`, `--help` alone and `help --help` none.
 */
export function helpTopic(args: Args): string | undefined {
  const cmd = args.positional[0];
  return cmd === 'help' ? args.positional[1] : cmd;
}

/**
 * What help prints: the whole usage, or for `help <命令>` that command's lines with the options every command takes
 * (an unknown command is a usage error, with the one it was probably meant to be).
 */
export function helpText(topic: string | undefined): string {
  if (topic === undefined || topic === 'help') return USAGE;
  if (!Object.hasOwn(COMMAND_FLAGS, topic)) throw unknownCommand(topic);
  return `用法:\n${COMMAND_USAGE[topic]}\n\n${USAGE_OPTIONS}\n全部命令与退出码: plan-workbench help`;
}
