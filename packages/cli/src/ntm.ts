import { Command, CommanderError, Help, Option } from 'commander';
import { runAggregate } from './commands/aggregate.js';
import { runEvaluate } from './commands/evaluate.js';
import { runSets } from './commands/sets.js';
import { runTable } from './commands/table.js';
import { runTemplate } from './commands/template.js';
import { TableRefused } from './table-file.js';
import { commanderText, say, tr, UsageError, type Lang } from './lang.js';

/** The language of the messages before the flags are parsed: `--lang en` anywhere on the line. */
function langOfArgv(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

/**
 * The `ntm` program. Each command's action returns its exit code.
 * @example
 * // Not run: runs the command line of this process
 * await buildProgram((code) => { process.exitCode = code; }).parseAsync(process.argv);
 */
export function buildProgram(setExit: (code: number) => void, lang: Lang = 'vi'): Command {
  // Each description is written "Vietnamese / English"; the help shows the language asked for.
  const d = (text: string): string => {
    const at = text.indexOf(' / ');
    return tr({ vi: text.slice(0, at), en: text.slice(at + 3) }, lang);
  };
  const langOption = () => new Option('--lang <lang>', d('ngôn ngữ / language')).choices(['vi', 'en']).default('vi');
  const program = new Command('ntm')
    .description(
      tr(
        {
          vi: 'Bộ tiêu chí nông thôn mới trên dòng lệnh: mẫu nhập liệu, đánh giá bảng tính, báo cáo.',
          en: "Vietnam's New Rural Development criteria on the command line: input forms, evaluation of spreadsheets, reports.",
        },
        lang,
      ),
    )
    .version('0.0.0', '-V, --version', d('số phiên bản / the version number'))
    .helpOption('-h, --help', d('trợ giúp / help'))
    .helpCommand('help [command]', d('trợ giúp về một lệnh / help for a command'))
    .configureHelp({
      styleTitle: (title) => commanderText(title, lang),
      commandUsage: (cmd) => commanderText(Help.prototype.commandUsage.call(new Help(), cmd), lang),
      subcommandTerm: (cmd) => commanderText(Help.prototype.subcommandTerm.call(new Help(), cmd), lang),
      optionDescription: (option) => commanderText(Help.prototype.optionDescription.call(new Help(), option), lang),
    })
    .configureOutput({ outputError: (text, write) => write(commanderText(text, lang)) })
    .showHelpAfterError('(ntm --help)')
    .exitOverride();

  program
    .command('sets')
    .description(d('Các bộ tiêu chí, bộ có hiệu lực vào một ngày / The criteria sets, which is in force on a date'))
    .option('--on <date>', d('ngày (YYYY-MM-DD) / date'))
    .option('--level <level>', d('cấp: commune, district, province… / level'))
    .option('--json', d('kết quả JSON / JSON output'))
    .addOption(langOption())
    .action((flags) => setExit(runSets(flags)));

  program
    .command('template <set>')
    .description(d('Mẫu nhập liệu: mỗi xã một hàng (hoặc --layout long) / An input form to fill in'))
    .option('--region <region>', d('vùng (mã, tên hoặc ĐBSH…) / region'))
    .option('--group <group>', d('nhóm xã (1, 2, 3) / commune group'))
    .option('-o, --output <file>', d('tệp .xlsx hoặc .csv / output file'))
    .option(
      '--layout <layout>',
      d('wide (mỗi xã một hàng) hoặc long (mỗi chỉ tiêu một hàng) / wide (a commune per row) or long (an indicator per row)'),
      'wide',
    )
    .option('--table <file>', d('bảng tiêu chí của tỉnh / provincial criteria table'))
    .option('--force', d('ghi đè tệp đã có / overwrite an existing file'))
    .option('--json', d('kết quả JSON / JSON output'))
    .addOption(langOption())
    .action((set, flags) => setExit(runTemplate(set, flags)));

  program
    .command('table <set>')
    .description(d("Bảng tiêu chí của bộ (để tỉnh điền, dùng lại với --table) / A set's criteria table for a province to fill in"))
    .option('-o, --output <file>', d('tệp .xlsx, .csv hoặc .json / output file'))
    .option('--table <file>', d('bảng tiêu chí của tỉnh áp dụng trước / a provincial table applied first'))
    .option('--force', d('ghi đè tệp đã có / overwrite an existing file'))
    .option('--json', d('kết quả JSON / JSON output'))
    .addOption(langOption())
    .action((set, flags) => setExit(runTable(set, flags)));

  program
    .command('evaluate <data>')
    .description(d('Đánh giá các xã trong tệp .xlsx, .csv hoặc .json / Evaluate the units of a data file'))
    .option('--set <id>', d('mã bộ tiêu chí (xem ntm sets) / criteria set id'))
    .option('--on <date>', d('ngày đánh giá, cùng --level / assessment date, with --level'))
    .option('--level <level>', d('cấp / level'))
    .option('--province <province>', d('tỉnh / province'))
    .option('--region <region>', d('vùng / region'))
    .option('--group <group>', d('nhóm xã / commune group'))
    .option('--year <year>', d('năm đánh giá / assessment year'))
    .option('-o, --output <file>', d('báo cáo .xlsx, .csv, .json, .md hoặc .html / report file'))
    .option('--table <file>', d('bảng tiêu chí của tỉnh / provincial criteria table'))
    .option('--sheet <name>', d('chỉ đọc trang tính này / read only this sheet'))
    .option('--layout <layout>', d('wide hoặc long (mặc định: tự nhận) / layout (default: detected)'))
    .option('--force', d('ghi đè tệp đã có / overwrite an existing file'))
    .option('--json', d('kết quả JSON / JSON output'))
    .addOption(langOption())
    .action((data, flags) => setExit(runEvaluate(data, flags)));

  program
    .command('aggregate <units...>')
    .description(
      d(
        "Huyện hoặc tỉnh từ số liệu các đơn vị cấp dưới (mỗi cấp một trang: Xã, Xã nâng cao…) / A district or province from its units' rows (a sheet per level)",
      ),
    )
    .option('--set <id>', d('bộ tiêu chí cấp huyện/tỉnh, ví dụ district-2021-2025 / the aggregate set'))
    .option('--on <date>', d('ngày đánh giá (mặc định: ngày bộ có hiệu lực) / assessment date'))
    .option('--province <province>', d('tỉnh / province'))
    .option('--region <region>', d('vùng / region'))
    .option('--group <group>', d('nhóm xã / commune group'))
    .option('--year <year>', d('năm đánh giá / assessment year'))
    .option('--name <name>', d('tên huyện/tỉnh / name of the district or province'))
    .option('--values <file>', d("số liệu của chính huyện/tỉnh (chỉ tiêu, thông tin) / the aggregate's own data"))
    .option('-o, --output <file>', d('báo cáo .xlsx, .csv, .json, .md hoặc .html / report file'))
    .option('--table <file>', d('bảng tiêu chí của tỉnh / provincial criteria table'))
    .option('--sheet <name>', d('chỉ đọc trang tính này / read only this sheet'))
    .option('--force', d('ghi đè tệp đã có / overwrite an existing file'))
    .option('--json', d('kết quả JSON / JSON output'))
    .addOption(langOption())
    .action((units, flags) => setExit(runAggregate(units, flags)));

  return program;
}

/**
 * Runs the command line: exit code 0 when all was evaluated, 1 for input issues, 2 for a
 * usage error (wrong flag, set, date, file, or a file in the way); never a stack trace.
 * @example
 * // Not run: runs the command line of this process
 * process.exitCode = await main(process.argv);
 */
export async function main(argv: readonly string[]): Promise<number> {
  const lang = langOfArgv(argv);
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  }, lang);
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message; help and version are not errors.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
    }
    if (error instanceof TableRefused) {
      process.stderr.write(`${say('tableRefused', lang, { path: error.path })}\n`);
      for (const issue of error.issues) process.stderr.write(`${say('issueLine', lang, { cell: issue.cell, message: issue[lang] })}\n`);
      return 1;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${say('usage', lang)}: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`${say('internal', lang, { detail: error instanceof Error ? error.message : String(error) })}\n`);
    return 3;
  }
}

process.exitCode = await main(process.argv);
