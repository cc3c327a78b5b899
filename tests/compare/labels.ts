/**
 * Hand-labelled task pairs between three seeds, written by reading the texts (seeds/000 lines 60–190, seeds/002
 * lines 227–415 and 1220–1325, seeds/003 lines 26–126), never from the program's output.
 *
 * A task is named "number heading" as written (the number without its stray colon: 静安 writes 重点专项:16).
 * A pair label lists one left and one right task, or several acceptable tasks on a side where the reader could
 * not choose one (e.g. 奉贤 "智慧服务" covers 智慧园区, 智慧商圈 and 电子商务 at once): any predicted pair inside the
 * label counts as correct. Tasks with no real counterpart in the other plan are listed as unmatched; a
 * predicted pair that involves one of them is wrong. Tasks in neither list (genuinely ambiguous) are not judged.
 *
 * Scoring (tests/compare/align.test.ts and the benchmark):
 *   precision = correct predicted task pairs / predicted task pairs that touch a labelled task
 *   recall    = pair labels found / pair labels
 */

export interface PairLabel {
  left: string[];
  right: string[];
  why: string;
}

export interface LabelSet {
  name: string;
  left: string;
  right: string;
  pairs: PairLabel[];
  unmatchedLeft: string[];
  unmatchedRight: string[];
}

const p = (left: string | string[], right: string | string[], why: string): PairLabel => ({
  left: Array.isArray(left) ? left : [left],
  right: Array.isArray(right) ? right : [right],
  why,
});

export const JINGAN_2014 = '000_c5ac5ec241139578.txt';
export const YANGPU_2015 = '002_72028bf86ba9aa86.txt';
export const FENGXIAN_2020 = '003_95ba35a700e40d34.txt';

/** 静安 2014 (22 重点专项) ↔ 杨浦 2015 (28 重点任务 + 20 支撑体系 重点专项). */
const jinganYangpu: LabelSet = {
  name: '静安 2014 ↔ 杨浦 2015',
  left: JINGAN_2014,
  right: YANGPU_2015,
  pairs: [
    p('重点专项1 电子政务一体化', '重点任务9 电子政务一体化', 'same heading; 政务云平台, 基础信息库 (人口, 法人, 地理)'),
    p('重点专项2 提升公共服务能级', '重点任务11 优化公共服务渠道', '社区事务受理 一口受理 / 一门式→一口式, 门户网站 / 政务立体门户'),
    p('重点专项3 城市综合管理信息化', '重点任务2 城市综合管理信息化', 'same heading; 网格化 management platforms'),
    p('重点专项4 公共安全管理信息化', '重点任务7 公共安全信息化', '区域监控视频, 监控布局'),
    p('重点专项5 食品安全管理信息化', '重点任务4 食品安全管理信息化', 'same heading; 投诉举报和信用评价机制 in both'),
    p('重点专项6 上海市公共信用信息服务平台静安子平台', '重点任务13 公共信用信息服务平台', 'credit information platform'),
    p('重点专项7 智慧教育服务', '重点任务16 智慧教育', '教育云 / 大数据云平台, 智慧校园'),
    p('重点专项8 智慧医疗服务', '重点任务15 智慧健康', '电子健康档案, 医疗资源共享'),
    p('重点专项9 智慧养老服务', '重点任务17 智慧养老', '养老服务平台, 老人健康信息'),
    p('重点专项11 智慧文化综合服务', '重点任务18 智慧文化', '文化云, 图书, 非物质文化遗产'),
    p('重点专项12 智慧社区示范', '重点任务26 智慧社区', 'community pilots'),
    p('重点专项13 智慧商务', '重点任务24 智慧商务', '电子商务'),
    p('重点专项14 智慧产业', ['重点任务25 智慧企业', '重点任务23 互联网金融'], '四新经济 and 信息服务业 (25), 金融与互联网 (23)'),
    p('重点专项15 智慧商圈', '重点任务27 智慧商圈', 'same heading; 商圈 wireless coverage, 停车诱导'),
    p('重点专项16 智慧园区', '重点任务28 智慧园区', 'same heading; 园区管理和产业服务, 园区宽带网络'),
    p('重点专项17 宽带城市深化', '重点专项1 宽带城市深化', 'same heading and nearly the same first sentences (支撑体系一)'),
    p('重点专项18 无线城市提升', '重点专项2 无线城市提升', 'same heading; 4G, WLAN'),
    p('重点专项19 重要信息系统安全保障', '重点专项14 重要网站和信息系统安全保障', '重要信息系统 安全检查, 等级保护'),
    p('重点专项20 完善互联网内容安全管理', '重点专项16 完善互联网内容安全管理', 'same heading'),
    p('重点专项21 完善网络安全监管和应急处置', '重点专项18 完善网络安全监管和应急处置', 'same heading'),
    p('重点专项22 提升全社会网络安全意识', '重点专项20 提升全社会网络安全意识', 'same heading'),
  ],
  unmatchedLeft: ['重点专项10 智慧体育服务'],
  unmatchedRight: [
    '重点任务5 环境保护信息化',
    '重点任务8 智能化城市生命线',
    '重点任务14 智慧交通',
    '重点任务20 智慧就业',
    '重点任务21 智慧气象',
    '重点任务22 无障碍智慧信息交流环境建设',
    '重点专项6 集成电路',
    '重点专项7 高端软件',
    '重点专项11 网络视听',
    '重点专项15 重点行业工业控制系统安全防护',
  ],
};

/** 奉贤 2020 (19 tasks, 1.–19.) ↔ 杨浦 2015. */
const fengxianYangpu: LabelSet = {
  name: '奉贤 2020 ↔ 杨浦 2015',
  left: FENGXIAN_2020,
  right: YANGPU_2015,
  pairs: [
    p('2. 建设完善区大数据平台', ['重点任务10 政府公共数据开放服务', '重点任务9 电子政务一体化'], '政务云, 公共数据归集 / 政务数据中心, 基础信息共享'),
    p('3. 深化“互联网+政务服务”', '重点任务11 优化公共服务渠道', '一网通办, 线上线下 / 一门式受理, 全区通办'),
    p('4. 全力打造“智慧城运中心”', '重点任务2 城市综合管理信息化', 'city operations: 网格化, 大联动, 应急管理'),
    p('6. 加快建设“智慧公安”', '重点任务7 公共安全信息化', '视频监控, 智能安防'),
    p('7. 建设完善“智慧生态”', '重点任务5 环境保护信息化', '环境监测: 大气, 水, 噪声'),
    p('8. 积极建设“智慧社区”', '重点任务26 智慧社区', 'community'),
    p('9. 深入拓展“智慧交通”', '重点任务14 智慧交通', 'traffic information, 诱导'),
    p('10. 融合发展“智慧健康”', '重点任务15 智慧健康', 'same heading; 健康信息, 医院'),
    p('11. 扎实推进“智慧教育”', '重点任务16 智慧教育', 'same heading; 智慧校园, 课程'),
    p('12. 深化完善“智慧养老”', '重点任务17 智慧养老', 'same heading; 居家养老, 紧急援助 / 呼叫设备'),
    p('13. 创新发展“智慧文旅”', ['重点任务18 智慧文化', '重点任务19 智慧旅游'], '文化 and 旅游 in one task'),
    p('14. 探索创新“智慧制造”', '重点任务25 智慧企业', '传统工业企业 + 互联网 / 工业互联网'),
    p('15. 优化升级“智慧服务”', ['重点任务28 智慧园区', '重点任务27 智慧商圈', '重点任务24 智慧商务'], '智慧园区, 智慧商圈 and 电子商务服务业 in one task'),
    p('17. 建设5G和固网“双千兆”宽带网络', ['重点专项1 宽带城市深化', '重点专项2 无线城市提升'], 'fixed broadband and mobile network together'),
    p('19. 强化信息安全防护', ['重点专项18 完善网络安全监管和应急处置', '重点专项17 完善网络安全基础设施', '重点专项14 重要网站和信息系统安全保障', '重点专项13 基础网络安全运行'], 'network security: 等级保护, 态势感知, 应急处置'),
  ],
  unmatchedLeft: ['16. 鼓励培育“智慧农业”'],
  unmatchedRight: [
    '重点任务20 智慧就业',
    '重点任务21 智慧气象',
    '重点任务22 无障碍智慧信息交流环境建设',
    '重点任务23 互联网金融',
    '重点专项6 集成电路',
    '重点专项7 高端软件',
    '重点专项11 网络视听',
  ],
};

/** 静安 2014 ↔ 奉贤 2020. */
const jinganFengxian: LabelSet = {
  name: '静安 2014 ↔ 奉贤 2020',
  left: JINGAN_2014,
  right: FENGXIAN_2020,
  pairs: [
    p('重点专项1 电子政务一体化', ['1. 升级改造新型政务外网', '2. 建设完善区大数据平台'], '公务网骨干网升级 / 政务外网; 政务云, 基础数据库 / 大数据平台'),
    p('重点专项2 提升公共服务能级', '3. 深化“互联网+政务服务”', '一口受理, 门户网站 / 一网通办 总门户, 线上线下'),
    p('重点专项3 城市综合管理信息化', '4. 全力打造“智慧城运中心”', 'city management platform'),
    p('重点专项4 公共安全管理信息化', '6. 加快建设“智慧公安”', '技防, 视频监控 / 雪亮工程, 智能安防'),
    p('重点专项7 智慧教育服务', '11. 扎实推进“智慧教育”', '智慧校园'),
    p('重点专项8 智慧医疗服务', '10. 融合发展“智慧健康”', '健康 data, 疾病预防控制'),
    p('重点专项9 智慧养老服务', '12. 深化完善“智慧养老”', '居家养老'),
    p('重点专项11 智慧文化综合服务', '13. 创新发展“智慧文旅”', '公共文化服务'),
    p('重点专项12 智慧社区示范', '8. 积极建设“智慧社区”', 'community'),
    p(['重点专项13 智慧商务', '重点专项15 智慧商圈', '重点专项16 智慧园区'], '15. 优化升级“智慧服务”', '电子商务服务业, 智慧商圈, 智慧园区 in one 奉贤 task'),
    p('重点专项17 宽带城市深化', '17. 建设5G和固网“双千兆”宽带网络', 'fixed broadband (光纤, 宽带)'),
    p(['重点专项19 重要信息系统安全保障', '重点专项21 完善网络安全监管和应急处置'], '19. 强化信息安全防护', '等级保护, 风险评估, 应急'),
  ],
  unmatchedLeft: ['重点专项5 食品安全管理信息化', '重点专项6 上海市公共信用信息服务平台静安子平台', '重点专项10 智慧体育服务', '重点专项22 提升全社会网络安全意识'],
  unmatchedRight: ['7. 建设完善“智慧生态”', '9. 深入拓展“智慧交通”', '16. 鼓励培育“智慧农业”'],
};

export const QINGHE_2020 = 'corpus/15-traditional-notice.txt';
export const YUNXI_2025 = 'corpus/36-actions-keyprojects-runon.txt';

/**
 * Plans in other styles, from the importer corpus (tests/corpus/docs, written by us): labelled by reading each
 * corpus document whole and 奉贤 2020's tasks (seeds/003 lines 26–126), before running the aligner on them.
 *
 * 清河 2020 (Traditional script, 通知 around it; seven tasks numbered 1. 2. again under each of (一)(二)(三))
 * ↔ 奉贤 2020. The same period and the same 智慧城市 scope, so every 清河 task has a counterpart. 奉贤 5 智慧应急 is
 * not judged: 清河's 城市運行管理中心 gathers 應急 data too, a reader could pair either.
 */
const qingheFengxian: LabelSet = {
  name: '清河 2020 (繁体) ↔ 奉贤 2020',
  left: QINGHE_2020,
  right: FENGXIAN_2020,
  pairs: [
    p('1. 推進信息網絡升級', '17. 建设5G和固网“双千兆”宽带网络', '千兆光纖 / 千兆; 5G基站 in both'),
    p('2. 建設城市大數據中心', '2. 建设完善区大数据平台', '數據資源整合, 數據共享交換平臺 / 公共数据归集, 按需共享'),
    p('1. 建設城市運行管理中心', '4. 全力打造“智慧城运中心”', 'city operations centre: 城市運行, 一網統管 / 城市综合运营管理中心'),
    p('2. 推進智慧交通建設', '9. 深入拓展“智慧交通”', '智能信號控制 / 智能交通安全管理, 交通信息控制中心'),
    p('3. 推進智慧環保建設', '7. 建设完善“智慧生态”', '大氣和水環境監測 / 环境监测, 水质, 大气'),
    p('1. 推進政務服務“一網通辦”', '3. 深化“互联网+政务服务”', '一網通辦 in both'),
    p('2. 發展智慧醫療', '10. 融合发展“智慧健康”', '醫療機構, 互聯網醫院 / 医疗健康, 医院'),
  ],
  unmatchedLeft: [],
  unmatchedRight: [
    '1. 升级改造新型政务外网',
    '6. 加快建设“智慧公安”',
    '8. 积极建设“智慧社区”',
    '11. 扎实推进“智慧教育”',
    '12. 深化完善“智慧养老”',
    '13. 创新发展“智慧文旅”',
    '14. 探索创新“智慧制造”',
    '15. 优化升级“智慧服务”',
    '16. 鼓励培育“智慧农业”',
    '18. 推动城域物联专网建设',
    '19. 强化信息安全防护',
  ],
};

/**
 * 数字云溪 2025 (行动 → 重点专项 with 主要内容 / 推进部门 / 配合部门 lines and • bullets) ↔ 奉贤 2020. Not judged:
 * 重点专项4 数字产业集聚区 (a park for digital firms: 奉贤 14 and 15 both speak of 园区), 奉贤 3 (政务服务; 云溪 9
 * touches 政务网站 only for accessibility) and 奉贤 18 (城市运行 sensing, near 云溪 1).
 */
const yunxiFengxian: LabelSet = {
  name: '数字云溪 2025 ↔ 奉贤 2020',
  left: YUNXI_2025,
  right: FENGXIAN_2020,
  pairs: [
    p('重点专项1 城市运行数字孪生平台', ['4. 全力打造“智慧城运中心”', '2. 建设完善区大数据平台'], '城市运行态势, 智能预警, 区城运中心 leads (4); 奉贤 2 builds the 数字孪生城市'),
    p('重点专项2 智慧应急指挥体系', '5. 建立健全“智慧应急”', '应急指挥平台, 消防 in both'),
    p('重点专项3 基层治理智能化', '8. 积极建设“智慧社区”', '“社区云”, 基层减负; 区民政局 leads both'),
    p('重点专项5 工业互联网赋能', '14. 探索创新“智慧制造”', '工业互联网, 工业企业'),
    p('重点专项6 数字商贸新业态', '15. 优化升级“智慧服务”', '直播电商, 商贸 / 电商服务, 传统商贸, 电子商务'),
    p('重点专项7 数字教育', '11. 扎实推进“智慧教育”', '智慧校园'),
    p('重点专项8 数字健康', '10. 融合发展“智慧健康”', '医疗, 健康 data'),
  ],
  unmatchedLeft: ['重点专项9 数字无障碍'],
  unmatchedRight: [
    '1. 升级改造新型政务外网',
    '6. 加快建设“智慧公安”',
    '7. 建设完善“智慧生态”',
    '9. 深入拓展“智慧交通”',
    '12. 深化完善“智慧养老”',
    '13. 创新发展“智慧文旅”',
    '16. 鼓励培育“智慧农业”',
    '17. 建设5G和固网“双千兆”宽带网络',
    '19. 强化信息安全防护',
  ],
};

/** The seed pairs, then the pairs with plans imported from other styles. */
export const LABEL_SETS: LabelSet[] = [jinganYangpu, fengxianYangpu, jinganFengxian, qingheFengxian, yunxiFengxian];
