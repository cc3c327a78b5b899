// A big plan for the walk (not a real plan): 10 parts × N tasks (default 35 → 350 tasks), each task with a body
// naming yearly steps and a figure, and a 牵头单位/配合单位 line. Usage: node big-plan.mjs [tasksPerPart] > big.txt
// With --variant the text is the next cycle's draft: every 7th task reworded, every 11th dropped, a new task per part.
const perPart = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 35);
const variant = process.argv.includes('--variant');
const PARTS = ['数字基础设施', '政务服务', '城市治理', '社区服务', '医疗健康', '教育文化', '交通出行', '生态环境', '产业发展', '安全保障'];
const VERBS = ['建设', '推进', '完善', '提升', '拓展', '深化', '优化'];
const OBJ = ['数据平台', '服务网点', '监测系统', '应用场景', '标准体系', '运营机制', '示范项目'];
const DEPTS = ['区科委', '区发展改革委', '区财政局', '区民政局', '区卫生健康委', '区教育局', '区交通委', '区生态环境局', '区商务委', '区应急局'];
const CN = '一二三四五六七八九十';
const out = [`东川区${variant ? '“十五五”' : ''}智慧城区建设三年行动计划（${variant ? '2028—2030' : '2025—2027'}年）`, '', '为加快推进智慧城区建设，结合本区实际，制定本计划。', ''];
const y0 = variant ? 2028 : 2025;
for (let p = 0; p < PARTS.length; p++) {
  out.push(`${CN[p]}、${PARTS[p]}`, '');
  let n = 0;
  for (let t = 0; t < perPart; t++) {
    if (variant && t % 11 === 10) continue;
    const verb = VERBS[(p + t) % VERBS.length];
    const obj = OBJ[(p * 3 + t) % OBJ.length];
    const reworded = variant && t % 7 === 3;
    n++;
    out.push(`${n}.${verb}${PARTS[p]}${obj}（第${t + 1}批）`);
    out.push(`${reworded ? '按照新一轮规划要求，' : ''}围绕${PARTS[p]}领域，${verb}${obj}${t + 1}个，${y0}年启动建设，${y0 + 1}年完成${(t % 5) + 2}0%，${y0 + 2}年全面建成，覆盖率达到${80 + (t % 20)}%。`);
    out.push(`牵头单位：${DEPTS[p]}；配合单位：${DEPTS[(p + 1 + t) % DEPTS.length]}、${DEPTS[(p + 3 + t) % DEPTS.length]}`, '');
  }
  if (variant) { n++; out.push(`${n}.新增${PARTS[p]}重点项目`, `围绕${PARTS[p]}新增重点项目，${y0 + 1}年完成。`, `牵头单位：${DEPTS[p]}`, ''); }
}
out.push(`${CN[9]}一、保障措施`, '', '（一）加强组织领导。成立领导小组，统筹推进各项任务。', '');
process.stdout.write(out.join('\n'));
