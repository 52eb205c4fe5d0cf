"""Linker: (mention, jurisdiction, date, context) -> canonical body and unit."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govie.link import Link, Linker
from govie.kb.registry import Agency, Registry

SC = "四川省"


@functools.lru_cache(maxsize=1)
def _shared_linker() -> Linker:
    return Linker()


@pytest.fixture(scope="module")
def linker() -> Linker:
    return _shared_linker()


# (mention, jurisdiction, date) -> canonical
NATIONAL = [
    ("中宣部", None, None, "中共中央宣传部"),
    ("中组部", None, None, "中共中央组织部"),
    ("中央统战部", None, None, "中共中央统一战线工作部"),
    ("中联部", None, None, "中共中央对外联络部"),
    ("中央政法委", None, None, "中共中央政法委员会"),
    ("中纪委", None, None, "中国共产党中央纪律检查委员会"),
    ("国家监委", None, None, "中华人民共和国国家监察委员会"),
    ("中央网信办", None, None, "中央网络安全和信息化委员会办公室"),
    ("国家网信办", None, None, "中央网络安全和信息化委员会办公室"),
    ("中央编办", None, None, "中央机构编制委员会办公室"),
    ("中央财办", None, None, "中央财经委员会办公室"),
    ("中央外办", None, None, "中央外事工作委员会办公室"),
    ("中央社会工作部", None, "2024-03-05", "中共中央社会工作部"),
    ("中央金融办", None, "2024-03-05", "中央金融委员会办公室"),
    ("中央港澳办", None, "2024-03-05", "中共中央港澳工作办公室"),
    ("国台办", None, None, "中共中央台湾工作办公室"),
    ("中央党校", None, None, "中共中央党校"),
    # 国家行政学院 was its own body until the 2018 merger (the 1994 report's 成立国家行政学院).
    ("国家行政学院", None, "1995-03-05", "国家行政学院"),
    ("国家行政学院", None, "2019-03-05", "中共中央党校"),
    ("党中央", None, None, "中国共产党中央委员会"),
    ("中共中央", None, None, "中国共产党中央委员会"),
    ("全国人大", None, None, "全国人民代表大会"),
    ("全国人大常委会", None, None, "全国人民代表大会常务委员会"),
    ("全国政协", None, None, "中国人民政治协商会议全国委员会"),
    ("国务院", None, None, "中华人民共和国国务院"),
    ("国务院", SC, "2023-05-18", "中华人民共和国国务院"),
    ("国办", None, None, "国务院办公厅"),
    ("国务院办公厅", None, None, "国务院办公厅"),
    ("最高法", None, None, "最高人民法院"),
    ("最高检", None, None, "最高人民检察院"),
    ("外交部", None, None, "外交部"),
    ("国防部", None, None, "国防部"),
    ("国家发改委", None, None, "国家发展和改革委员会"),
    ("国家发展改革委", SC, "2026-01-20", "国家发展和改革委员会"),
    ("教育部", None, None, "教育部"),
    ("教育部", "广东省", "2026-01-20", "教育部"),
    ("科技部", None, None, "科学技术部"),
    ("工信部", None, None, "工业和信息化部"),
    ("国家民委", None, None, "国家民族事务委员会"),
    ("公安部", None, None, "公安部"),
    ("国安部", None, None, "国家安全部"),
    ("民政部", None, None, "民政部"),
    ("司法部", None, None, "司法部"),
    ("财政部", None, None, "财政部"),
    ("人社部", None, None, "人力资源和社会保障部"),
    ("人力资源社会保障部", None, None, "人力资源和社会保障部"),
    ("自然资源部", "云南省", "2026-01-20", "自然资源部"),
    ("生态环境部", None, None, "生态环境部"),
    ("住建部", None, None, "住房和城乡建设部"),
    ("住房城乡建设部", None, None, "住房和城乡建设部"),
    ("交通运输部", None, None, "交通运输部"),
    ("水利部", None, None, "水利部"),
    ("农业农村部", None, None, "农业农村部"),
    ("商务部", None, None, "商务部"),
    ("文旅部", None, None, "文化和旅游部"),
    ("国家卫健委", None, None, "国家卫生健康委员会"),
    ("国家卫生健康委", None, None, "国家卫生健康委员会"),
    ("退役军人部", None, None, "退役军人事务部"),
    ("应急管理部", "甘肃省", "2026-01-20", "应急管理部"),
    ("应急部", None, None, "应急管理部"),
    ("人民银行", None, None, "中国人民银行"),
    ("央行", None, None, "中国人民银行"),
    ("审计署", None, None, "审计署"),
    ("国务院国资委", None, None, "国务院国有资产监督管理委员会"),
    ("海关总署", None, None, "海关总署"),
    ("税务总局", None, None, "国家税务总局"),
    ("市场监管总局", None, None, "国家市场监督管理总局"),
    ("金融监管总局", None, "2024-03-05", "国家金融监督管理总局"),
    ("证监会", None, None, "中国证券监督管理委员会"),
    ("中国证监会", None, None, "中国证券监督管理委员会"),
    ("广电总局", None, None, "国家广播电视总局"),
    ("体育总局", None, None, "国家体育总局"),
    ("国家统计局", None, None, "国家统计局"),
    ("国家医保局", None, None, "国家医疗保障局"),
    ("国管局", None, None, "国家机关事务管理局"),
    ("国家知识产权局", None, None, "国家知识产权局"),
    ("国家能源局", None, None, "国家能源局"),
    ("国家数据局", None, "2024-03-05", "国家数据局"),
    ("国家粮食和储备局", None, None, "国家粮食和物资储备局"),
    ("国防科工局", None, None, "国家国防科技工业局"),
    ("国家烟草局", None, None, "国家烟草专卖局"),
    ("国家移民局", None, None, "国家移民管理局"),
    ("国家林草局", None, None, "国家林业和草原局"),
    ("国家铁路局", None, None, "国家铁路局"),
    ("民航局", None, None, "中国民用航空局"),
    ("国家邮政局", None, None, "国家邮政局"),
    ("国家文物局", None, None, "国家文物局"),
    ("国家中医药局", None, None, "国家中医药管理局"),
    ("国家疾控局", None, "2024-03-05", "国家疾病预防控制局"),
    ("国家疾病预防控制局", None, "2024-03-05", "国家疾病预防控制局"),
    ("国家矿山安监局", None, None, "国家矿山安全监察局"),
    ("国家消防救援局", None, None, "国家消防救援局"),
    ("国家外汇局", None, None, "国家外汇管理局"),
    ("国家药监局", None, "2020-03-05", "国家药品监督管理局"),
    ("新华社", None, None, None),  # a news agency is an ORG (annotators' notes B, dev pt-102676)
    ("中科院", "安徽省", "2026-01-20", "中国科学院"),
    ("中国社科院", None, None, "中国社会科学院"),
    ("国研中心", None, None, "国务院发展研究中心"),
    ("中国气象局", None, None, "中国气象局"),
    ("中国贸促会", None, None, "中国国际贸易促进委员会"),
    ("供销总社", None, None, "中华全国供销合作总社"),
    ("中国科协", None, None, "中国科学技术协会"),
    ("全国工商联", "天津市", "2026-01-20", "中华全国工商业联合会"),
    ("全国总工会", None, None, "中华全国总工会"),
    ("团中央", None, None, "中国共产主义青年团中央委员会"),
    ("全国妇联", None, None, "中华全国妇女联合会"),
    ("中国残联", None, None, "中国残疾人联合会"),
    ("中央军委", None, None, "中央军事委员会"),
]

HISTORICAL = [
    ("国家药监局", None, "2010-03-05", "国家食品药品监督管理局"),
    ("广电总局", None, "2010-03-05", "国家广播电影电视总局"),
    ("国家计委", None, "1990-03-20", "国家计划委员会"),
    ("国家计委", None, "2000-03-05", "国家发展计划委员会"),
    ("国家经贸委", None, "2000-03-05", "国家经济贸易委员会"),
    ("外经贸部", None, "2000-03-05", "对外贸易经济合作部"),
    ("国家教委", None, "1990-03-20", "国家教育委员会"),
    ("教育部", None, "1960-03-30", "教育部"),
    ("国家科委", None, "1990-03-20", "国家科学技术委员会"),
    ("劳动部", None, "1990-03-20", "劳动部"),
    ("国家经委", None, "1983-06-06", "国家经济委员会"),
    ("信息产业部", None, "2005-03-05", "信息产业部"),
    ("建设部", None, "2005-03-05", "建设部"),
    ("建设部", None, "2012-03-05", "住房和城乡建设部"),
    ("卫生部", None, "2010-03-05", "卫生部"),
    ("国家卫生计生委", None, "2015-03-05", "国家卫生和计划生育委员会"),
    ("环保部", None, "2015-03-05", "环境保护部"),
    ("环保部", None, "2019-03-05", "生态环境部"),
    ("国土资源部", None, "2015-03-05", "国土资源部"),
    ("农业部", None, "2015-03-05", "农业部"),
    ("农业部", None, "2020-03-05", "农业农村部"),
    ("国家工商总局", None, "2015-03-05", "国家工商行政管理总局"),
    ("国家质检总局", None, "2015-03-05", "国家质量监督检验检疫总局"),
    ("工商总局", None, "2020-03-05", "国家市场监督管理总局"),
    ("银监会", None, "2010-03-05", "中国银行业监督管理委员会"),
    ("保监会", None, "2010-03-05", "中国保险监督管理委员会"),
    ("银保监会", None, "2020-03-05", "中国银行保险监督管理委员会"),
    ("银保监会", None, "2024-03-05", "国家金融监督管理总局"),
    ("国务院扶贫办", None, "2018-03-05", "国务院扶贫开发领导小组办公室"),
    ("国家乡村振兴局", None, "2022-03-05", "国家乡村振兴局"),
    ("国家安监总局", None, "2010-03-05", "国家安全生产监督管理总局"),
    ("国家林业局", None, "2010-03-05", "国家林业局"),
    ("铁道部", None, "2010-03-05", "铁道部"),
    ("监察部", None, "2010-03-05", "监察部"),  # bare, as every other ministry (财政部, 公安部): probe full43n
    ("中央人民政府", None, "1952-01-01", "中华人民共和国中央人民政府"),
    ("中央人民政府", None, "1990-03-20", "中华人民共和国国务院"),
    ("政务院", None, "1952-01-01", "中央人民政府政务院"),
    ("国务院法制办", None, "2015-03-05", "国务院法制办公室"),
    ("国家旅游局", None, "2015-03-05", "国家旅游局"),
    ("文化部", None, "2015-03-05", "文化部"),
    ("国家电监会", None, "2010-03-05", "国家电力监管委员会"),
    ("省国税局", SC, "2016-05-01", "四川省国家税务局"),
    ("省国税局", SC, "2020-05-01", "国家税务总局四川省税务局"),
    ("省地税局", SC, "2016-05-01", "四川省地方税务局"),
    ("省税务局", SC, "2020-05-01", "国家税务总局四川省税务局"),
    ("省环保厅", SC, "2016-05-01", "四川省环境保护厅"),
    ("省环保厅", SC, "2020-05-01", "四川省生态环境厅"),
    ("省工商局", SC, "2016-05-01", "四川省工商行政管理局"),
    ("省食药监局", SC, "2016-05-01", "四川省食品药品监督管理局"),
    ("省卫计委", SC, "2016-05-01", "四川省卫生和计划生育委员会"),
    ("省旅发委", SC, "2016-05-01", "四川省旅游发展委员会"),
    ("省农业厅", SC, "2016-05-01", "四川省农业厅"),
    ("省国土资源厅", SC, "2016-05-01", "四川省国土资源厅"),
    ("省安监局", SC, "2016-05-01", "四川省安全生产监督管理局"),
    ("省安监局", SC, "2020-05-01", "四川省应急管理厅"),
    ("省乡村振兴局", SC, "2022-05-01", "四川省乡村振兴局"),
    ("省乡村振兴局", SC, "2025-05-01", "四川省农业农村厅"),
    ("四川银保监局", SC, "2020-05-01", "中国银行保险监督管理委员会四川监管局"),
    ("四川银保监局", SC, "2024-05-01", "国家金融监督管理总局四川监管局"),
    ("四川银监局", SC, "2016-05-01", "中国银行业监督管理委员会四川监管局"),
    ("省公安消防总队", SC, "2016-05-01", "四川省公安消防总队"),
    ("国家数据局", None, "2023-05-18", "国家数据局"),  # announced in March, set up in October
    ("省数据局", SC, "2023-12-01", "四川省数据局"),
]

SICHUAN = [
    ("省市场监管局", SC, "2023-05-18", "四川省市场监督管理局"),
    ("四川省市场监管局", SC, "2023-05-18", "四川省市场监督管理局"),
    ("省市场监督管理局", SC, "2023-05-18", "四川省市场监督管理局"),
    ("市场监管局", SC, "2023-05-18", "四川省市场监督管理局"),
    ("省药监局", SC, "2023-05-18", "四川省药品监督管理局"),
    ("省药品监督管理局", SC, "2023-05-18", "四川省药品监督管理局"),
    ("省药品监管局", SC, "2023-05-18", "四川省药品监督管理局"),
    ("省大数据中心", SC, "2023-05-18", "四川省大数据中心"),
    ("自然资源厅", SC, "2023-05-18", "四川省自然资源厅"),
    ("农业农村厅", SC, "2023-05-18", "四川省农业农村厅"),
    ("省体育局", SC, "2023-05-18", "四川省体育局"),
    ("省消防救援总队", SC, "2023-05-18", "四川省消防救援总队"),
    ("省贸促会", SC, "2023-05-18", "中国国际贸易促进委员会四川省委员会"),
    ("经济和信息化厅", SC, "2023-05-18", "四川省经济和信息化厅"),
    ("省经信厅", SC, "2023-05-18", "四川省经济和信息化厅"),
    ("公安厅", SC, "2023-05-18", "四川省公安厅"),
    ("水利厅", SC, "2023-05-18", "四川省水利厅"),
    ("四川省水利厅", SC, "2023-05-18", "四川省水利厅"),
    ("商务厅", SC, "2023-05-18", "四川省商务厅"),
    ("省政务服务中心", SC, "2023-05-18", "四川省政府政务服务和公共资源交易服务中心"),
    ("省政务中心", SC, "2023-05-18", "四川省政府政务服务和公共资源交易服务中心"),
    ("四川省政府政务服务和公共资源交易服务中心", SC, "2023-05-18", "四川省政府政务服务和公共资源交易服务中心"),
    ("水科院", SC, "2023-05-18", "四川省水利科学研究院"),
    ("省发改委", SC, "2023-05-18", "四川省发展和改革委员会"),
    ("省发展改革委", SC, "2023-05-18", "四川省发展和改革委员会"),
    ("教育厅", SC, "2023-05-18", "四川省教育厅"),
    ("科技厅", SC, "2023-05-18", "四川省科学技术厅"),
    ("民政厅", SC, "2023-05-18", "四川省民政厅"),
    ("司法厅", SC, "2023-05-18", "四川省司法厅"),
    ("财政厅", SC, "2023-05-18", "四川省财政厅"),
    ("人社厅", SC, "2023-05-18", "四川省人力资源和社会保障厅"),
    ("生态环境厅", SC, "2023-05-18", "四川省生态环境厅"),
    ("住建厅", SC, "2023-05-18", "四川省住房和城乡建设厅"),
    ("交通运输厅", SC, "2023-05-18", "四川省交通运输厅"),
    ("文旅厅", SC, "2023-05-18", "四川省文化和旅游厅"),
    ("省卫健委", SC, "2023-05-18", "四川省卫生健康委员会"),
    ("退役军人事务厅", SC, "2023-05-18", "四川省退役军人事务厅"),
    ("应急管理厅", SC, "2023-05-18", "四川省应急管理厅"),
    ("审计厅", SC, "2023-05-18", "四川省审计厅"),
    ("省外办", SC, "2023-05-18", "四川省人民政府外事办公室"),
    ("省国资委", SC, "2023-05-18", "四川省人民政府国有资产监督管理委员会"),
    ("省广电局", SC, "2023-05-18", "四川省广播电视局"),
    ("省统计局", SC, "2023-05-18", "四川省统计局"),
    ("省医保局", SC, "2023-05-18", "四川省医疗保障局"),
    ("省林草局", SC, "2023-05-18", "四川省林业和草原局"),
    ("省政府", SC, "2023-05-18", "四川省人民政府"),
    ("四川省人民政府", SC, "2023-05-18", "四川省人民政府"),
    ("省政府办公厅", SC, "2023-05-18", "四川省人民政府办公厅"),
    ("省委", SC, "2023-05-18", "中共四川省委员会"),
    ("中共四川省委", SC, "2023-05-18", "中共四川省委员会"),
    ("省委组织部", SC, "2023-05-18", "中共四川省委员会组织部"),
    ("省委宣传部", SC, "2023-05-18", "中共四川省委员会宣传部"),
    ("省纪委", SC, "2023-05-18", "中共四川省纪律检查委员会"),
    ("省人大常委会", SC, "2023-05-18", "四川省人民代表大会常务委员会"),
    ("省人大", SC, "2023-05-18", "四川省人民代表大会"),
    ("省政协", SC, "2023-05-18", "中国人民政治协商会议四川省委员会"),
    ("省高院", SC, "2023-05-18", "四川省高级人民法院"),
    ("省检察院", SC, "2023-05-18", "四川省人民检察院"),
    ("省税务局", SC, "2023-05-18", "国家税务总局四川省税务局"),
    ("省气象局", SC, "2023-05-18", "四川省气象局"),
    ("省通信管理局", SC, "2023-05-18", "四川省通信管理局"),
    ("省科协", SC, "2023-05-18", "四川省科学技术协会"),
    ("省工商联", SC, "2023-05-18", "四川省工商业联合会"),
    ("省供销社", SC, "2023-05-18", "四川省供销合作社联合社"),
    ("省总工会", SC, "2023-05-18", "四川省总工会"),
    ("省疾控中心", SC, "2023-05-18", "四川省疾病预防控制中心"),
    ("成都海关", SC, "2023-05-18", "中华人民共和国成都海关"),
    ("四川金融监管局", SC, "2024-05-01", "国家金融监督管理总局四川监管局"),
    ("四川证监局", SC, "2023-05-18", "中国证券监督管理委员会四川监管局"),
    ("四川调查总队", SC, "2023-05-18", "国家统计局四川调查总队"),
]

CITIES = [
    ("成都市商务局", SC, "2023-05-18", "成都市商务局"),
    ("甘孜州市场监管局", SC, "2023-05-18", "甘孜藏族自治州市场监督管理局"),
    ("甘孜藏族自治州市场监督管理局", SC, "2023-05-18", "甘孜藏族自治州市场监督管理局"),
    ("凉山州公安局", SC, "2023-05-18", "凉山彝族自治州公安局"),
    ("阿坝州人民政府", SC, "2023-05-18", "阿坝藏族羌族自治州人民政府"),
    ("阿坝州政府", SC, "2023-05-18", "阿坝藏族羌族自治州人民政府"),
    ("绵阳市水利局", SC, "2023-05-18", "绵阳市水利局"),
    ("德阳市政府", SC, "2023-05-18", "德阳市人民政府"),
    ("成都市水务局", SC, "2023-05-18", "成都市水务局"),
    ("成都市规划和自然资源局", SC, "2023-05-18", "成都市规划和自然资源局"),
    ("成都市中小企业服务中心", SC, "2023-05-18", "成都市中小企业服务中心"),
    ("成都市工业合作联社", SC, "2023-05-18", "成都市中小企业服务中心"),
    ("乐山市文化广播电视和旅游局", SC, "2023-05-18", "乐山市文化广播电视和旅游局"),
    ("宜宾市卫健委", SC, "2023-05-18", "宜宾市卫生健康委员会"),
    ("南充市人社局", SC, "2023-05-18", "南充市人力资源和社会保障局"),
    ("泸州市发改委", SC, "2023-05-18", "泸州市发展和改革委员会"),
    ("攀枝花市应急管理局", SC, "2023-05-18", "攀枝花市应急管理局"),
    ("遂宁市医保局", SC, "2023-05-18", "遂宁市医疗保障局"),
    ("内江市住建局", SC, "2023-05-18", "内江市住房和城乡建设局"),
    ("巴中市统计局", SC, "2023-05-18", "巴中市统计局"),
    ("资阳市审计局", SC, "2023-05-18", "资阳市审计局"),
    ("广安市教育局", SC, "2023-05-18", "广安市教育局"),
    ("达州市财政局", SC, "2023-05-18", "达州市财政局"),
    ("自贡市生态环境局", SC, "2023-05-18", "自贡市生态环境局"),
    ("广元市交通运输局", SC, "2023-05-18", "广元市交通运输局"),
    ("眉山市自然资源和规划局", SC, "2023-05-18", "眉山市自然资源和规划局"),
    ("成都中院", SC, "2023-05-18", "成都市中级人民法院"),
    ("甘孜州委", SC, "2023-05-18", "中共甘孜藏族自治州委员会"),
    ("成都市税务局", SC, "2023-05-18", "国家税务总局成都市税务局"),
    ("市商务局", "成都市", "2023-05-18", "成都市商务局"),
    ("州市场监管局", "甘孜藏族自治州", "2023-05-18", "甘孜藏族自治州市场监督管理局"),
    ("省市场监管局", "成都市", "2023-05-18", "四川省市场监督管理局"),
    ("市委", "成都市", "2023-05-18", "中共成都市委员会"),
    ("州委", "甘孜藏族自治州", "2023-05-18", "中共甘孜藏族自治州委员会"),
    ("州政府", "甘孜藏族自治州", "2023-05-18", "甘孜藏族自治州人民政府"),
    ("区政府", "武侯区", "2023-05-18", "成都市武侯区人民政府"),
    ("县政府", "汶川县", "2023-05-18", "汶川县人民政府"),
    ("省委", "成都市", "2023-05-18", "中共四川省委员会"),
]

DERIVED = [
    ("雅安市政务服务和大数据管理局", SC, "2023-05-18", "雅安市政务服务和大数据管理局"),
    ("眉山市东坡区市场监督管理局", SC, "2023-05-18", "眉山市东坡区市场监督管理局"),
    ("眉山市东坡区市场监管局", SC, "2023-05-18", "眉山市东坡区市场监督管理局"),
    ("武侯区市场监管局", SC, "2023-05-18", "成都市武侯区市场监督管理局"),  # a district carries its city
    ("江油市人社局", SC, "2023-05-18", "江油市人力资源和社会保障局"),
    ("西昌市文广旅局", SC, "2023-05-18", "西昌市文化广播电视和旅游局"),
    ("德阳市行政审批局", SC, "2023-05-18", "德阳市行政审批局"),
    ("苏州市市场监管局", "江苏省", "2026-01-20", "苏州市市场监督管理局"),
    ("深圳市政数局", "广东省", "2026-01-20", "深圳市政务服务和数据管理局"),
    ("杭州市数据局", "浙江省", "2026-01-20", "杭州市数据局"),
    ("省公共资源交易中心", SC, "2023-05-18", "四川省公共资源交易中心"),
    ("市疾控中心", "北京市", "2026-01-20", "北京市疾病预防控制中心"),
    ("香港特别行政区政府", None, "2010-03-05", "香港特别行政区政府"),
    # No mainland type names a Hong Kong or Macau body: a bare type, a functional name or a
    # 特区政府 department in a SAR sentence is null (news seen: 法院, 香港特区政府工商局, 香港警方).
    ("法院", "810000", None, None),
    ("工商局", "810000", None, None),
    ("教育局", "820000", None, None),
    ("香港警方", None, None, None),
    ("香港特区政府工商局", None, None, None),
    ("香港特区政府", None, None, "香港特别行政区政府"),
    ("成都市武侯区人民政府办公室", SC, "2023-05-18", "成都市武侯区人民政府办公室"),
    ("凉山州西昌市政务服务和公共资源交易服务中心", SC, "2023-05-18", "西昌市政务服务和公共资源交易服务中心"),
    ("阿坝州汶川县人民政府", SC, "2023-05-18", "汶川县人民政府"),
    ("四川省成都市金牛区人民政府", SC, "2023-05-18", "成都市金牛区人民政府"),
    ("绵阳江油市场监管局", SC, "2023-05-18", "江油市市场监督管理局"),
    ("成都市场监管局", SC, "2023-05-18", "成都市市场监督管理局"),
    ("宜宾市叙州区知识产权局", SC, "2023-05-18", "宜宾市叙州区知识产权局"),
]

OTHER_PROVINCES = [
    ("重庆市药监局", SC, "2023-05-18", "重庆市药品监督管理局"),
    ("市药监局", "重庆市", "2023-05-18", "重庆市药品监督管理局"),
    ("北京市教委", "北京市", "2026-01-20", "北京市教育委员会"),
    ("市教委", "北京市", "2026-01-20", "北京市教育委员会"),
    ("市科委", "上海市", "2026-01-20", "上海市科学技术委员会"),
    ("上海市经信委", "上海市", "2026-01-20", "上海市经济和信息化委员会"),
    ("北京市经信局", "北京市", "2026-01-20", "北京市经济和信息化局"),
    ("重庆市经信委", None, None, "重庆市经济和信息化委员会"),
    ("天津市工信局", None, None, "天津市工业和信息化局"),
    ("市住建委", "北京市", "2026-01-20", "北京市住房和城乡建设委员会"),
    ("上海市住建委", None, None, "上海市住房和城乡建设管理委员会"),
    ("北京市规自委", None, None, "北京市规划和自然资源委员会"),
    ("重庆市文旅委", None, None, "重庆市文化和旅游发展委员会"),
    ("市人大", "上海市", "2026-01-20", "上海市人民代表大会"),
    ("市政协", "北京市", "2026-01-20", "中国人民政治协商会议北京市委员会"),
    ("中共上海市委", "上海市", "2026-01-20", "中共上海市委员会"),
    ("自治区市场监管局", "广西壮族自治区", "2026-01-20", "广西壮族自治区市场监督管理局"),
    ("区市场监管局", "广西壮族自治区", "2026-01-20", "广西壮族自治区市场监督管理局"),
    ("人社厅", "内蒙古自治区", "2026-01-20", "内蒙古自治区人力资源和社会保障厅"),
    ("农牧厅", "内蒙古自治区", "2026-01-20", "内蒙古自治区农牧厅"),
    ("林草局", "内蒙古自治区", "2026-01-20", "内蒙古自治区林业和草原局"),
    ("卫健委", "内蒙古自治区", "2026-01-20", "内蒙古自治区卫生健康委员会"),
    ("信访局", "内蒙古自治区", "2026-01-20", "内蒙古自治区信访局"),
    ("自治区党委", "新疆维吾尔自治区", "2026-01-20", "中共新疆维吾尔自治区委员会"),
    ("自治区政府", "宁夏回族自治区", "2026-01-20", "宁夏回族自治区人民政府"),
    ("自治区人大", "宁夏回族自治区", "2026-01-20", "宁夏回族自治区人民代表大会"),
    ("省委", "广东省", "2026-01-20", "中共广东省委员会"),
    ("中共江西省委", None, None, "中共江西省委员会"),
    ("省政府", "吉林省", "2026-01-20", "吉林省人民政府"),
    ("省总工会", "吉林省", "2026-01-20", "吉林省总工会"),
    ("浙江省经信厅", None, None, "浙江省经济和信息化厅"),
    ("江苏省工信厅", None, None, "江苏省工业和信息化厅"),
    ("省工信厅", "广东省", "2026-01-20", "广东省工业和信息化厅"),
    ("湖北省经信厅", None, None, "湖北省经济和信息化厅"),
    ("农科院", "湖南省", "2026-01-20", "湖南省农业科学院"),
    ("省国资委", "贵州省", "2026-01-20", "贵州省人民政府国有资产监督管理委员会"),
    ("省政府参事室", "海南省", "2026-01-20", "海南省人民政府参事室"),
    ("广东省政数局", None, None, "广东省政务服务和数据管理局"),
    ("浙江省大数据局", None, None, "浙江省大数据发展管理局"),
    ("北京海关", None, None, "中华人民共和国北京海关"),
    ("黄埔海关", None, None, "中华人民共和国黄埔海关"),
    ("拱北海关", "广东省", "2026-01-20", "中华人民共和国拱北海关"),
    ("省税务局", "河南省", "2026-01-20", "国家税务总局河南省税务局"),
    ("上海市税务局", None, None, "国家税务总局上海市税务局"),
    ("市消防救援总队", "天津市", "2026-01-20", "天津市消防救援总队"),
    ("广东证监局", None, None, "中国证券监督管理委员会广东监管局"),
    ("省市场监管局", "河北省", "2026-01-20", "河北省市场监督管理局"),
    ("省药监局", "云南省", "2026-01-20", "云南省药品监督管理局"),
    ("自治区药监局", "西藏自治区", "2026-01-20", "西藏自治区药品监督管理局"),
    ("黑龙江省医保局", None, None, "黑龙江省医疗保障局"),
    ("青海省人民政府", None, None, "青海省人民政府"),
]

NIL = [
    ("各部门窗口", SC, "2023-05-18", None),
    ("省直部门", SC, "2023-05-18", None),
    ("省级部门", SC, "2023-05-18", None),
    ("综合窗口", SC, "2023-05-18", None),
    ("市(州)", SC, "2023-05-18", None),
    ("调研组", SC, "2023-05-18", None),
    ("综窗改革专班", SC, "2023-05-18", None),
    ("省政务服务大厅", SC, "2023-05-18", None),
    ("该厅", SC, "2023-05-18", None),
    ("省市场监管局", None, None, None),  # no jurisdiction: 27 provinces have one
    ("市政府", None, None, None),
    ("四川华庆机械有限责任公司", SC, "2023-05-18", None),
    ("州政务服务中心", SC, "2023-05-18", None),  # not a near-miss of 省政务服务中心
    # A generic name is never another division's body: 市水利局 is an alias of Chongqing's only.
    ("市水利局", "安徽省", "2015-01-16", None),
    ("水利局", None, None, None),
    ("重庆市水利局", "安徽省", "2015-01-16", "重庆市水利局"),  # named: it links
]

TABLE = NATIONAL + HISTORICAL + SICHUAN + CITIES + DERIVED + OTHER_PROVINCES + NIL


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def test_linker_table_size():
    assert len(TABLE) >= 200


@pytest.mark.parametrize(("mention", "jurisdiction", "date", "canonical"), TABLE,
                         ids=[f"{m}-{j}-{d}" for m, j, d, _ in TABLE])
def test_linker_canonical(linker, mention, jurisdiction, date, canonical):
    link = linker.link(mention, jurisdiction=jurisdiction, date=_date(date))
    assert link.canonical == canonical, link


# (mention, jurisdiction, context) -> canonical, unit
UNITS = [
    ("水利厅行政审批处", SC, "", "四川省水利厅", "行政审批处"),
    ("商务厅行政审批处", SC, "", "四川省商务厅", "行政审批处"),
    ("成都市商务局行政审批处", SC, "", "成都市商务局", "行政审批处"),
    ("省市场监管局办公室", SC, "", "四川省市场监督管理局", "办公室"),
    ("公安厅治安管理处", SC, "", "四川省公安厅", "治安管理处"),
    ("甘孜州市场监管局行政审批科", SC, "", "甘孜藏族自治州市场监督管理局", "行政审批科"),
    ("教育部高等教育司", None, "", "教育部", "高等教育司"),
    ("省发改委规划处", SC, "", "四川省发展和改革委员会", "规划处"),
    ("审监处", SC, "2.5月11日，水利厅行政审批处会同", "四川省水利厅", "审监处"),
    ("行政审批处", SC, "4.近期，商务厅", "四川省商务厅", "行政审批处"),
    ("审批处", SC, "省市场监管局召开会议，", "四川省市场监督管理局", "审批处"),
    ("审监处", SC, "", None, "审监处"),
]


@pytest.mark.parametrize(("mention", "jurisdiction", "context", "canonical", "unit"), UNITS,
                         ids=[u[0] + "-" + u[2][-6:] for u in UNITS])
def test_linker_units(linker, mention, jurisdiction, context, canonical, unit):
    from govie.taggers.dept import find_dept_spans

    # The bodies named before the unit, as the link stage passes them (nearest last).
    antecedents = [context[s:e] for s, e, kind in find_dept_spans(context) if kind != "unit"]
    link = linker.link(mention, jurisdiction=jurisdiction, date=dt.date(2023, 5, 18), antecedents=antecedents)
    assert (link.canonical, link.unit) == (canonical, unit), link


NOISY = [
    ("成\n\n都海关", "中华人民共和国成都海关"),
    ("省 市场监管局", "四川省市场监督管理局"),
    ("水利厅行政审\n批处", "四川省水利厅"),
    ("四川省政府政务服务和公共资源交易服务\n中心", "四川省政府政务服务和公共资源交易服务中心"),
]


@pytest.mark.parametrize(("mention", "canonical"), NOISY)
def test_linker_strips_pdf_noise(linker, mention, canonical):
    assert linker.link(mention, jurisdiction=SC, date=dt.date(2023, 5, 18)).canonical == canonical


def test_linker_reports_rule_and_score(linker):
    exact = linker.link("省药监局", jurisdiction=SC)
    assert (exact.agency_id, exact.source, exact.score, exact.derived) == (
        "p.510000.mpa", "registry", 1.0, False)
    derived = linker.link("眉山市东坡区市场监管局", jurisdiction=SC)
    assert derived.derived and derived.agency_id is None and derived.source == "derived"
    assert 0 < derived.score < 1
    nil = linker.link("各部门窗口", jurisdiction=SC)
    assert nil == Link(None, None, None, 0.0, False, "nil")


def test_linker_derived_name_found_in_registry_is_not_derived(linker):
    link = linker.link("甘孜州市场监督管理局", jurisdiction=SC)
    assert link.agency_id == "c.513300.samr" and not link.derived


def test_linker_fuzzy_near_miss(linker):
    link = linker.link("四川省市场监督管理", jurisdiction=SC, date=dt.date(2023, 5, 18))
    assert link.canonical == "四川省市场监督管理局"
    assert link.source == "fuzzy" and link.score < 1


def test_linker_threshold_blocks_far_misses():
    strict = Linker(threshold=0.99)
    assert strict.link("四川省市场监督管理", jurisdiction=SC).canonical is None


def test_linker_uses_a_custom_registry():
    reg = Registry([Agency(id="x.1", name="测试市数据管理局", aliases=("测试数据局",), kind="department",
                           level="city", division="")])
    link = Linker(reg).link("测试数据局")
    assert (link.canonical, link.agency_id) == ("测试市数据管理局", "x.1")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="省市州县区厅局委办处室中心海关部院四川成都甘孜水利商务市场监管药和 \n", max_size=20),
       st.sampled_from([None, SC, "成都市", "重庆市", "510000"]))
def test_linker_never_fails_and_scores_are_bounded(mention, jurisdiction):
    link = _shared_linker().link(mention, jurisdiction=jurisdiction)
    assert 0.0 <= link.score <= 1.0
    if link.canonical is None:
        assert link.agency_id is None and not link.derived
    if link.agency_id is not None:
        assert not link.derived


# Linker.places: names the linker does not link that the knowledge base still places (the
# acceptance of the model's DEPT spans), from the 2026 reports, State Council reports and dev.
PLACES = [
    ("国家知识产权保护中心", True),  # a level, a field, a body word
    ("国家生物育种产业创新中心", True),
    ("中央委员会", True),  # 党的中央委员会 (State Council report 1955)
    ("协调委办公室", True),  # the office of the body named before it
    ("教育局", True),  # a bare type is the document's own body
    ("美国国务院", True),  # a foreign state's body, which the linker leaves null
    ("苏联人民", False),  # a state's people, no body (State Council report 1957)
    ("市中心", False),  # a body word needs its field: downtown
    ("西部陆海新通道物流和运营组织中心", False),  # a region opens it, no level or division
    ("国民党政府", False),
    ("美国军队", False),
    ("深化府院", False),
]


@pytest.mark.parametrize("name,placed", PLACES)
def test_linker_places_names_it_does_not_link(linker, name, placed):
    assert linker.places(name) is placed


# The link stage never lends a body the document's division where the text names another:
# a bare name joined to a body named with its place shares that place (or is null), and a bare
# name glued to another organisation's name, a sector's system or a class of levels is null.
# Mentions and their antecedents only (ordinary names; the news sentences they were read in
# stay out of the repository), as the pipeline links them in a document of that division.
SCOPED = [
    ("广州市", "天河区教育局、卫生局", {"天河区教育局": "广州市天河区教育局", "卫生局": "广州市天河区卫生局"}),
    ("北京市", "怀柔区民政局和财政局", {"怀柔区民政局": "北京市怀柔区民政局", "财政局": "北京市怀柔区财政局"}),
    ("广州市", "北京市怀柔县民政局、畜牧局", {"北京市怀柔县民政局": "怀柔县民政局", "畜牧局": "怀柔县畜牧局"}),
    (None, "北京市怀柔县民政局、畜牧局", {"北京市怀柔县民政局": "怀柔县民政局", "畜牧局": "怀柔县畜牧局"}),
    ("广州市", "区教育局、财政局", {"财政局": "广州市财政局"}),  # no division named before the type
    (None, "民航西藏区局扶贫办", {"扶贫办": None}),
    (None, "南昌铁路公安局", {"南昌铁路公安局": None}),  # the railway's police: one span, no city's body
    # 省市 joins two levels: the provinces' and cities' federations, a class, no DEPT (probe dept28n).
    (None, "全国省市妇联", {"妇联": "<untagged>"}),
    # State Council report 1958: 农业科学院 is the end of 苏联列宁农业科学院, not a repeat of 中国农业科学院
    ("中华人民共和国", "中国科学院同苏联科学院、中国高等教育部同苏联高等教育部、中国农业科学院同苏联列宁农业科学院，也都分别签订了协议和合作项目。",
     {"中国农业科学院": "中国农业科学院", "农业科学院": None}),
    # State Council policy title of 1985: a central ministry's own name after a city's government
    # is the ministry, not a body of the city
    ("中华人民共和国", "国务院办公厅关于北京市人民政府、劳动人事部请示解决部分干部农村家属进京落户问题的复函",
     {"北京市人民政府": "北京市人民政府", "劳动人事部": "劳动人事部"}),
    # dev pt-10809: a name that carries its own place is not bare
    ("重庆市", "（市财政局、市金融监管局、重庆银保监局、人行重庆营管部、市中新项目管理局按职责分工负责）",
     {"重庆银保监局": "中国银行保险监督管理委员会重庆监管局", "人行重庆营管部": "中国人民银行重庆营业管理部"}),
]


@pytest.mark.parametrize(("jurisdiction", "text", "expected"), SCOPED, ids=[s[1][:12] for s in SCOPED])
def test_link_stage_keeps_other_divisions_bodies_apart(jurisdiction, text, expected):
    import govie

    r = govie.extract(text, model=None, jurisdiction=jurisdiction)
    got = {e.text: e.attrs.get("canonical") for e in r.entities if e.label == "DEPT"}
    assert {k: got.get(k, "<untagged>") for k in expected} == expected


def test_link_stage_reads_a_repeated_short_name_as_the_body_named_before():
    """法院 after 天津第一中级人民法院 in one sentence is that court, not the document's high
    court (the model's spans, linked after the rule tagger's; names only)."""
    from govie.link import link_mentions
    from govie.types import Context, Mention

    text = "天津第一中级人民法院，法院"
    full, short = Mention("DEPT", 0, 10, "model"), Mention("DEPT", 11, 13, "model")
    link_mentions(_shared_linker(), text, [full, short], Context(jurisdiction="120000"))
    assert full.attrs["canonical"] == "天津市第一中级人民法院"
    assert short.attrs["canonical"] == "天津市第一中级人民法院"


def test_a_type_opening_with_shi_is_not_the_bare_prefix_shi(linker):
    """市场监管局 standing bare in a city's note is that city's bureau, not 市 + 场监管局
    (潮州 2019 蓝天保卫战实施方案, https://cntfj.com/news/12190.html)."""
    import govie

    text = ("潮州市打赢蓝天保卫战实施方案(2019-2020年)\n"
            "(市生态环境局、市场监管局牵头,市发展和改革局、工业和信息化局参与)")
    links = {e.text: e.canonical for e in govie.extract(text, model=None).entities if e.label == "DEPT"}
    assert links["市场监管局"] == "潮州市市场监督管理局"
    assert linker.link("市场监管局", jurisdiction="510100").canonical == "成都市市场监督管理局"
    # The bare prefix itself still reads as one.
    assert linker.link("市市场监管局", jurisdiction="510100").canonical == "成都市市场监督管理局"


@pytest.mark.parametrize("mention", ["市场监管所", "市场监督管理所", "市场监管局稽查局"])
def test_names_opening_with_a_type_that_opens_with_shi_compose_no_body(linker, mention):
    """The 市 of 市场 is no bare prefix anywhere: these once composed 潮州市场监管所,
    潮州市场监督管理所 and 潮州市场监管局稽查局, bodies that do not exist (review14)."""
    link = linker.link(mention, jurisdiction="445100")
    assert link.canonical is None or link.canonical.startswith("潮州市市场")


def test_a_body_after_a_foreign_state_and_de_is_not_chinas():
    """美国的中央银行 is the Federal Reserve, not 中国人民银行, whose alias 中央银行 is
    (https://www.ebc.com/zh-cn/jinrong/273968.html; the State Council's report of 1995)."""
    import govie

    text = ("美联储,全称美国联邦储备系统(Federal Reserve System,简称FED或联準会),是美国的中央银行,"
            "主要职责是管理国家货币政策、维持金融系统稳定、监管银行及其他金融机构。")
    links = {e.text: e.canonical for e in govie.extract(text, model=None).entities if e.label == "DEPT"}
    assert "中央银行" in links and links["中央银行"] is None
    own = "增强了中央银行对货币信贷的宏观调控能力，组建了政策性银行，商业银行开始试行资产负债比例管理。"
    links = {e.text: e.canonical for e in govie.extract(own, model=None, reference_date="1995-03-05").entities
             if e.label == "DEPT"}
    assert links["中央银行"] == "中国人民银行"


@pytest.mark.parametrize("mention", ["工信局", "民政局", "财政局"])
def test_a_bare_bureau_in_a_provinces_text_is_not_the_provinces(linker, mention):
    """A province's body of these kinds is a 厅: a bare 工信局 in a Jilin department's notice (各市(州)
    工信局, http://gxt.jl.gov.cn/xxgk/jwwj/201509/t20150901_2070831.html) composed 吉林省工业和信息化局,
    a body that does not exist. A municipality's bureau is its own; a province's 统计局 is."""
    assert linker.link(mention, jurisdiction="220000").canonical is None
    assert linker.link(mention, jurisdiction="110000").canonical.startswith("北京市")
    assert linker.link("统计局", jurisdiction="220000").canonical == "吉林省统计局"


def test_bare_office_in_a_ministry_document_is_the_ministrys():
    # dev pt-176849 (农业部办公厅's reply): 办公厅 alone among its keywords is the ministry's office,
    # never the State Council's general office (a central short name, right only after 国务院).
    import json
    from pathlib import Path

    import govie

    row = json.loads((Path(__file__).resolve().parents[1] / "annotations/dev/pt-176849.jsonl").read_text(encoding="utf-8").splitlines()[0])
    text = row["text"]
    offices = [e for e in govie.extract(text, model=None).entities if e.label == "DEPT" and e.text == "办公厅"]
    assert offices and all(e.canonical == "农业部" for e in offices)


def test_traffic_police_short_form_is_no_composed_name():
    # 上海 营商环境政策汇编 2023 (probe asg29): 市交警总队 is 上海市公安局交通警察总队; the place + the
    # short form (上海市交警总队) names no body, so the link is null; the bureau's unit keeps its bureau.
    import govie
    text = "上海市人民政府办公厅关于印发通知。市交警总队负责道路交通管理，市公安局交警支队配合。"
    depts = {e.text: (e.canonical, e.unit) for e in govie.extract(text, model=None).entities if e.label == "DEPT"}
    assert depts["市交警总队"] == (None, None)
    assert depts["市公安局交警支队"] == ("上海市公安局", "交警支队")
