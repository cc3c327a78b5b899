/** list, show, search, export-json, export-md (saying on stderr what the Markdown leaves out): reading the library. */
import { NODE_KIND_ZH, NODE_KINDS, PlanDoc, walk, type NodeKind } from '../../shared/model/plan';
import { exchangedAnnotations } from '../../shared/review/model';
import { annotationsLeftOut, exportOmissions } from '../../shared/export/checks';
import { EXIT, need, UsageError, type Args } from './args';
import { withCore } from './context';
import { checkOutputFile, writeAtomic } from './output';
import { periodText } from '../../shared/model/period';
import { sameDistrict } from '../../shared/text/district-key';

/** --limit: a whole number of results from 1 to 500 (the search's own bounds). */
function limitOf(args: Args): number | undefined {
  const v = args.flags.get('--limit');
  if (v === undefined) return undefined;
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!(n >= 1 && n <= 500)) throw new UsageError(`--limit 应是 1 到 500 的整数: ${v === true ? '(缺少值)' : v}`);
  return n;
}

/** --kind: one of the plan's node kinds, said with their Chinese names when another is given (a usage error, exit 2). */
function kindOf(args: Args): NodeKind | undefined {
  const v = args.flags.get('--kind');
  if (v === undefined) return undefined;
  if (typeof v === 'string' && (NODE_KINDS as readonly string[]).includes(v)) return v as NodeKind;
  const names = NODE_KINDS.map((k) => `${k}(${NODE_KIND_ZH[k]})`).join(' ');
  throw new UsageError(`--kind 应是 ${names} 之一: ${v === true ? '(缺少值)' : v}`);
}

export async function libraryCommand(cmd: 'list' | 'show' | 'search' | 'export-json' | 'export-md', args: Args, out: (s: string) => void): Promise<number> {
  switch (cmd) {
    case 'list':
      need(args, []);
      await withCore(args, async (call) => {
        const district = args.flags.get('--district');
        for (const p of await call('library.list', {})) {
          // any spelling of the district (shared/text/district-key.ts); each plan printed with its district as written
          if (typeof district === 'string' && !sameDistrict(p.district, district)) continue;
          const period = p.period ? periodText(p.period, '-') : '—';
          out(`${p.id}\t${p.status}\t${p.district ?? '—'}\t${period}\t${p.title}\n`);
        }
      });
      return EXIT.ok;
    case 'show': {
      const [id] = need(args, ['计划ID']);
      await withCore(args, async (call) => {
        const plan = await call('plan.get', { id });
        if (args.flags.get('--json')) { out(JSON.stringify(plan, null, 2) + '\n'); return; }
        const m = plan.meta;
        out(`${m.title}\n`);
        // the head's fields a planner enters (计划信息), each on a labelled line when it is set
        const head: Array<[string, string | null | undefined]> = [
          ['区县', m.district], ['城市', m.city], ['规划期', m.period ? periodText(m.period, '-') : null], ['发文机关', m.issuer],
          ['发文字号', m.docNumber], ['签发人', m.signer], ['成文日期', m.issuedOn], ['印发日期', m.printedOn],
          ['主送机关', m.addressees.join('、')],
        ];
        for (const [label, value] of head) if (value) out(`${label}: ${value}\n`);
        for (const { node, path } of walk(plan.nodes)) {
          if (node.kind === 'item') continue;
          const lead = node.lead.length ? `  [牵头: ${node.lead.join('、')}]` : '';
          out(`${'  '.repeat(path.length)}${node.number}${node.number ? ' ' : ''}${node.heading}${lead}\n`);
        }
      });
      return EXIT.ok;
    }
    case 'search': {
      // the words after search are one query (search 一网 通办 = "一网 通办"), never the first word alone
      if (args.positional.length < 2) throw new UsageError('缺少关键词');
      const query = args.positional.slice(1).join(' ');
      const limit = limitOf(args);
      const kind = kindOf(args);
      await withCore(args, async (call) => {
        const hits = await call('library.search', {
          query,
          filters: {
            district: args.flags.get('--district') as string | undefined,
            department: args.flags.get('--department') as string | undefined,
            kind,
            limit,
          },
        });
        if (args.flags.get('--json')) { out(JSON.stringify(hits, null, 2) + '\n'); return; }
        // the plan's id first: what show, export-* and compare take (several plans may share a title)
        for (const h of hits) out(`${h.planId}  ${h.planTitle} › ${h.path.join(' › ')}\n    ${h.snippet.map((s) => (s.hit ? `【${s.text}】` : s.text)).join('')}\n`);
        out(`${hits.length} 条结果\n`);
      });
      return EXIT.ok;
    }
    case 'export-json': {
      const [id, file] = need(args, ['计划ID', '输出文件']);
      checkOutputFile(file);
      await withCore(args, async (call) => {
        const plan = await call('plan.get', { id });
        const { revision: _r, ...doc } = plan;
        // --annotations: every annotation of the plan (all statuses, replies, entry anchors), which import gives back
        const annotations = args.flags.get('--annotations') ? exchangedAnnotations(await call('review.list', { planId: id })) : [];
        writeAtomic(file, JSON.stringify(PlanDoc.parse(annotations.length ? { ...doc, annotations } : doc), null, 2) + '\n');
        out(args.flags.get('--annotations') ? `${file}(含 ${annotations.length} 条批注与修改建议)\n` : `${file}\n`);
      });
      return EXIT.ok;
    }
    case 'export-md': {
      const [id, file] = need(args, ['计划ID', '输出文件']);
      checkOutputFile(file);
      await withCore(args, async (call) => {
        // the plan as Markdown with its annexes; --annotations: every annotation as <!-- 批注 … --> blocks at the end
        const withAnnotations = !!args.flags.get('--annotations');
        const md = await call('export.markdown', withAnnotations ? { id, annotations: true } : { id });
        writeAtomic(file, md.text);
        // what the file leaves out of the plan, on stderr as export-docx and the export dialog say it (themes set by
        // hand, a district, city or period an import reads otherwise, the library's record, annotations without the flag)
        const plan = await call('plan.get', { id });
        const left = annotationsLeftOut(withAnnotations ? [] : await call('review.list', { planId: id }), 'markdown', withAnnotations);
        for (const o of exportOmissions(plan, 'markdown', { annotations: left })) process.stderr.write(`不保存: ${id}: ${o.message}\n`);
        out(withAnnotations ? `${file}(含 ${md.annotations ?? 0} 条批注与修改建议)\n` : `${file}\n`);
      });
      return EXIT.ok;
    }
  }
}
