import { readFileSync } from 'node:fs';
import { importText } from '../shared/importer/index';
const d = importText(readFileSync('tests/corpus/docs/99-zhuanxiang-zhengzhi-stages-pdf.txt', 'utf8'), 'x.txt');
const show = (ns: any[], dep = 0): string => ns.map((n) => '  '.repeat(dep) + n.kind + ' ' + n.number + '|' + n.heading.slice(0, 30) + ' L' + JSON.stringify(n.lead) + ' P' + JSON.stringify(n.partners) + ' M' + JSON.stringify(n.milestones.map((m: any) => m.year + (m.stage ?? ''))) + '\n' + show(n.children, dep + 1)).join('');
console.log(show(d.nodes));
console.log(JSON.stringify(d.report?.warnings ?? d.report, null, 0).slice(0, 1500));
