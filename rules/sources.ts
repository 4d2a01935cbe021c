// Every public text a value of the rules was read in, once, by id. A set cites ids; a misspelt
// id does not compile (`SourceId`), and `checkCriteriaSet` refuses a set citing an id it lacks.
//
// Two ids were described differently by the sets that cited them before this list existed;
// both name one article, and the description kept here is the fuller one of the two:
// SC_TAMDAO (Làng nghề Việt, Tam Đảo 2021: the description that lists the values it gives) and
// SC_HOSON (Báo Vĩnh Phúc, Hồ Sơn 2020: the two descriptions joined, as each named a different
// part of the same article).
import type { Source } from '../src/model/legal-basis.js';

/**
 * Every cited source: publisher, date and title of the text, with its address.
 * @example
 * SOURCES.S01.url; // 'https://thuvienphapluat.vn/…'
 */
export const RG_VL_DIEN: Source = { url: 'http://baovinhlong.com.vn/thoi-su/201910/long-ho-100-xa-dat-tieu-chi-dien-2971541/', what: "Báo Vĩnh Long 31/10/2019 (Long Hồ, ĐBSCL): 'tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn đạt từ 98% trở lên' (1980 4.2 as applied in Vĩnh Long)" };
export const RG_VL_NHAO: Source = { url: 'http://baovinhlong.com.vn/xa-hoi/201709/hau-het-cac-xa-co-tren-70-nha-o-dat-chuan-2843065/', what: 'Báo Vĩnh Long 13/09/2017: most communes have over 70% standard houses (1980 9.2 ≥70% as applied in Vĩnh Long, ĐBSCL)' };
export const SC_TAMDAO: Source = { url: 'https://langngheviet.com.vn/tam-dao-vinh-phuc-phan-dau-100-cac-xa-dat-chuan-ntm-vao-nam-2025-14933.html', what: 'Làng nghề Việt 2021: Tam Đảo end-2020 actual values next to the ĐBSH requirement (roads 100%; income ≥50; poor ≤2%; water 100% HVS / >65% sạch); Hồ Sơn NTM nâng cao income 60 million' };
export const SC_TC07: Source = { url: 'https://test.mekongsean.vn/vinh-phuc-xet-cong-nhan-xa-dat-chuan-nong-thon-moi.html/', what: "Vĩnh Phúc 2018 appraisal: 16 communes (Lập Thạch, Vĩnh Tường, Tam Dương) 'cơ bản đạt 19/19' and không nợ đọng XDCB; council voted 100% to propose recognition (Tam Đảo case study)" };
export const SC_VP22: Source = { url: 'https://ls1.hethongphapluat.com/quyet-dinh-22-2017-qd-ubnd-quy-dinh-danh-gia-thuc-hien-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-tren-dia-ban-tinh-vinh-phuc-giai-doan-2017-2020-do-uy-ban-nhan-dan-tinh-ban-hanh.html', what: 'Vĩnh Phúc QĐ 22/2017/QĐ-UBND (28/7/2017) evaluation rules for the national commune set 2017–2020; replaced QĐ 07/2014/QĐ-UBND (opening only)' };
export const S_2540: Source = { url: 'https://dansinh.dantri.com.vn/dien-dan-dan-sinh/de-dat-chuan-nong-thon-moi-khong-no-dong-xay-dung-co-ban-20170104114541000.htm', what: 'Dân trí 04/01/2017 on QĐ 2540: competent authorities; 3 conditions for xã; 4 conditions for huyện (excerpt cut before thị xã)' };
export const S_BK: Source = { url: 'https://backan.gov.vn/Pages/chuong-trinh-muc-tieu-quoc-gia-xay-dung-nong-thon-moi-244/tin-hoat-dong-177/huyen-bach-thong-1516-xa-hoan-thanh-tie-806e903a7408a421.aspx', what: 'Bắc Kạn portal: provincial set 2017-2020 (a TDMNPB province) uses 4.2 ≥95%' };
export const S_CSVH: Source = { url: 'https://baovinhlong.com.vn/van-hoa-giai-tri/202001/gan-36-ty-dong-xay-dung-co-so-vat-chat-van-hoa-2982715', what: "Báo Vĩnh Long 09/01/2020: criterion 6 wording, provincial-specification footnote on 6.1, and '100% thôn, bản, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao'" };
export const S_CSVH2: Source = { url: 'https://baovinhlong.com.vn/xa-hoi/202012/6087-xa-xay-dung-nong-thon-moi-dat-tieu-chi-co-so-vat-chat-van-hoa-3036084', what: 'Báo Vĩnh Long 23/12/2020: same criterion 6 wording + footnote' };
export const S_DN13: Source = { url: 'http://m.baodaknong.org.vn/print/113552.html', what: 'Báo Đắk Nông: criterion 13 has 2 indicators (HTX theo Luật HTX 2012; mô hình liên kết SX gắn tiêu thụ nông sản chủ lực)' };
export const S_EVN: Source = { url: 'https://www.evn.com.vn/d6/news/Den-nam-2020-tat-ca-so-xa-nong-thon-moi-dat-chuan-tieu-chi-ve-dien-2-10-18976.aspx', what: "EVN news on QĐ 1980: 4.1 all communes 'hệ thống điện đạt chuẩn'; 4.2 ≥98% (general)" };
export const S_GD: Source = { url: 'https://thuvienphapluat.vn/hoi-dap-phap-luat/24BBA-hd-tieu-chi-ve-giao-duc-va-dao-tao-xa-nong-thon-moi-giai-doan-2016-2020.html', what: 'Thư Viện Pháp Luật Q&A restating QĐ 1980 criterion 14 (14.1-14.3) general + 7 regions' };
export const S_GT1: Source = { url: 'http://baovinhlong.com.vn/thoi-su/201911/vung-liem-100-duong-lien-xa-dat-chuan-2972455/', what: "Báo Vĩnh Long: wording of 2.1-2.4 + 'UBND cấp tỉnh quy định cụ thể...' footnote" };
export const S_GT2: Source = { url: 'https://baovinhlong.vn/thoi-su/201909/nang-cap-va-xay-moi-613km-duong-giao-thong-2965526/', what: 'Báo Vĩnh Long: same wording of 2.1-2.4 + provincial-specification footnote' };
export const S_HTCT: Source = { url: 'https://baovinhlong.com.vn/thoi-su/202005/6-xa-dang-ky-dat-tieu-chi-he-thong-chinh-tri-va-tiep-can-phap-luat-3005434/', what: 'Báo Vĩnh Long: wording of the 6 indicators of criterion 18' };
export const S_INFONET: Source = { url: 'https://m.infonet.vietnamnet.vn/chuyen-de/nong-thon-moi/toan-dan-ra-quan-xay-dung-tieu-chi-moi-truong-nong-thon-moi-267304.html', what: "Infonet: the 8 (sic) indicators of criterion 17 with values 'nước HVS ≥90%, nước sạch ≥50%; CSSX-KD 100%; cảnh quan đạt; mai táng; CTR & nước thải thu gom xử lý; nhà tiêu-nhà tắm-bể nước 3 sạch ≥70%; chuồng trại ≥60%; ATTP 100%' - region not stated (17.1 values equal the TDMNPB column of S_MT)" };
export const S_MT: Source = { url: 'http://118.69.201.249:801/hoi-dap-phap-luat/iframe/24BCB-hd-tieu-chi-ve-moi-truong-va-an-toan-thuc-pham-xa-nong-thon-moi-giai-doan-2016-2020.html', what: 'Thư Ký Luật / TVPL Q&A restating QĐ 1980 indicator 17.1 general + 7 regions (excerpt truncated after 17.1); also at https://nganhangphapluat.thukyluat.vn/tu-van-phap-luat/xay-dung--do-thi/tieu-chi-ve-moi-truong-va-an-toan-thuc-pham-xa-nong-thon-moi-giai-150475' };
export const S_NA_EN: Source = { url: 'https://baonghean.vn/en/nhieu-thay-doi-trong-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-giai-doan-2016-2020-10116980.html', what: 'Báo Nghệ An (EN): 5 groups / 19 criteria with group membership; general + 7 regional targets; transport footnote' };
export const S_NO: Source = { url: 'http://baovinhlong.com.vn/thoi-su/201903/59-xa-dat-tieu-chi-nha-o-dan-cu-2936489/', what: 'Báo Vĩnh Long: 9 = no temporary/dilapidated houses + ≥70% standard houses (ĐBSCL)' };
export const S_QH: Source = { url: 'https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/24B70-hd-tieu-chi-quy-hoach-xa-nong-thon-moi-giai-doan-2016-2020.html', what: 'Thư Viện Pháp Luật Q&A restating QĐ 1980 criterion 1 (Quy hoạch): both indicators, same for all regions' };
export const S_SGDVL: Source = { url: 'http://sgddt.vinhlong.gov.vn/web/guest/tin-tuc/-/journal_content/56_INSTANCE_sNx4z8Lu2lH0/10180/24040', what: 'Sở GD&ĐT Vĩnh Long: Sổ tay (BNN, 09/01/2017) definitions for criterion 5; ĐBSCL ≥70%' };
export const S_SLNV: Source = { url: 'http://sonoivu.sonla.gov.vn/2017/06/huong-dan-so-750hd-snv-ngay-0962017-ve-thuc-hien-danh-gia-tieu-chi-18-trong-bo-tieu-chi-quoc-gia-ve-nong-thon-moi.html', what: 'Sở Nội vụ Sơn La HD 750/HD-SNV (09/6/2017): 18.1 = 100% CBCC xã đạt chuẩn; 18.4 = 100% tổ chức CT-XH đạt loại khá trở lên; cites QĐ 69/QĐ-BNN-VPĐP 09/01/2017' };
export const S_TB441: Source = { url: 'https://thaibinh.gov.vn/nongthonmoi/thuc-hien-tieu-chi-thong-tin-va-truyen-thong-trong-bo-tieu-c.html', what: 'Thái Bình portal: QĐ 441/QĐ-BTTTT (28/3/2017) details criterion 8; a xã passes only if it meets all 4 contents; replaces QĐ 463/QĐ-BTTTT (2012)' };
export const S_TBTV: Source = { url: 'https://www.thaibinhtv.vn/news/69/32493/ty-le-nguoi-dan-tham-gia-bhyt-phai-dat-tu-85-tro-len', what: 'Thái Bình TV 22/10/2016 (same text: tinnhanhchungkhoan.vn post146513): BHYT ≥85%; stunting targets by region range 13,9%-31%; effective 01/12/2016 (also at http://thunghiem.thaibinhtv.vn/news/69/32493/ty-le-nguoi-dan-tham-gia-bhyt-phai-dat-tu-85-tro-len)' };
export const S_TCSX: Source = { url: 'http://baovinhlong.com.vn/xa-hoi/201805/5289-xa-dat-tieu-chi-to-chuc-san-xuat-2893760/', what: "Báo Vĩnh Long: criterion 13 wording (HTX theo Luật HTX 2012, 'ít nhất 10 thành viên' per provincial guidance; liên kết SX gắn tiêu thụ nông sản chủ lực)" };
export const S_THMT: Source = { url: 'https://123docz.net/trich-doan/2631901-ket-qua-thuc-hien.htm', what: 'Thanh Hóa 2017-2020 appraisal guidance excerpt: names of 17.1-17.4 (nước sạch HVS; cơ sở SX-KD, NTTS, làng nghề; mai táng; cảnh quan xanh-sạch-đẹp)' };
export const S_THVL: Source = { url: 'https://www.thvl.vn/thoi-su-thvl/tin-dia-phuong/nang-m%E1%BB%A9c-thu-nh%E1%BA%ADp-ng%C6%B0%E1%BB%9Di-dan-loan-m%E1%BB%B9/', what: 'THVL: QĐ 1980 income 2020 for ĐBSCL ≥50 million' };
export const S_TKL: Source = { url: 'https://thukyluat.vn/news/thong-bao-van-ban-moi/ban-hanh-bo-tieu-chi-quoc-gia-xa-nong-thon-moi-giai-doan-2016-2020-19904.html', what: 'Thư Ký Luật news: headline general targets (điện ≥98%, trường ≥80%, nhà ở ≥80%, việc làm ≥90%, BHYT ≥85%, nhà tiêu-nhà tắm-bể nước 3 sạch ≥85%, ATTP 100%); effective 01/12/2016; replaces QĐ 491/2009 and 342/2013' };
export const S_TL: Source = { url: 'http://baovinhlong.com.vn/xa-hoi/202001/gan-232-ty-dong-dau-tu-cac-cong-trinh-thuy-loi-2982530/', what: 'Báo Vĩnh Long: 3.1 (≥80% tưới tiêu chủ động + provincial footnote) and 3.2 wording' };
export const S_TN: Source = { url: 'https://thuviennhadat.vn/phap-ly-nha-dat/tieu-chi-ve-thu-nhap-xa-nong-thon-moi-giai-doan-2016---2020-hien-nay-duoc-quy-dinh-ra-sao-318802.html', what: 'Q&A restating QĐ 1980 criterion 10 by region' };
export const S_TTTT: Source = { url: 'http://baovinhlong.vn/khao-hoc-cong-nghe/202011/ha-tang-buu-chinh-vien-thong-duoc-dau-tu-va-phat-trien-3031251/', what: 'Báo Vĩnh Long 18/11/2020: the 4 indicators of criterion 8' };
export const S_TVPLN: Source = { url: 'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/14746/bo-tieu-chi-xa-nong-thon-moi-giai-doan-2016-2020', what: 'Thư Viện Pháp Luật news 19/10/2016: income ≥45, việc làm ≥90%, nước HVS ≥95% of which ≥60% nước sạch, no temporary houses, ≥80% nhà ở đạt chuẩn; effective 01/12/2016' };
export const S_VH: Source = { url: 'http://baovinhlong.com.vn/thoi-su/201807/8389-xa-da-duoc-cong-nhan-dat-tieu-chi-van-hoa-2901906/', what: 'Báo Vĩnh Long citing QĐ 1980: criterion 16 = tỷ lệ thôn, bản, ấp đạt tiêu chuẩn văn hóa ≥70%' };
export const S_VL16: Source = { url: 'http://www.baovinhlong.com.vn/chu-truong-chinh-sach-moi/201610/ban-hanh-bo-19-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-2748327/', what: 'Báo Vĩnh Long 25/10/2016: group sizes (1/8/4/6), income 2020 by region (45/36/50/36/41/41/59/50), names of 17.1-17.3' };
export const S_VP: Source = { url: 'http://ntmoi.vinhphuc.gov.vn/ct/cms/chuyenmon/Lists/BanTonGiao/View_Detail.aspx?ItemID=1242', what: 'NTM Vĩnh Phúc Q&A: 5 groups + names of the 19 criteria (QĐ 1980)' };
export const S_YT: Source = { url: 'https://thuvienphapluat.vn/hoi-dap-phap-luat/24BBF-hd-tieu-chi-ve-y-te-xa-nong-thon-moi-giai-doan-2016-2020.html', what: 'Thư Viện Pháp Luật Q&A restating QĐ 1980 criterion 15 (15.1-15.3) general + 7 regions' };
export const SC_TAMDAO2019: Source = { url: 'http://vinhphuctv.vn/tin-bai/chung-suc-xay-dung-nong-thon-moi/cong-bo-huyen-tam-dao-du-dieu-kien-xet-de-nghi-dat-chuan-nong-thon-moi/51-964-279417', what: "29/07/2019 công văn 5645/2019 UBND tỉnh Vĩnh Phúc: Tam Đảo 'đủ điều kiện xét, đề nghị thẩm định công nhận đạt chuẩn NTM năm 2018' (8/8 xã; 9/9 huyện criteria)" };
export const SC_TT35: Source = { url: 'https://thukyluat.vn/news/thong-bao-van-ban-moi/09-tieu-chi-huyen-dat-chuan-nong-thon-moi-giai-doan-2016-2020-21757.html', what: 'TT 35/2016/TT-BNNPTNT: the 9 huyện criteria of QĐ 558; effective 08/02/2017; districts recognised before then keep their recognition' };
export const S_1274: Source = { url: 'https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thoi-su-phap-luat/chinh-sach-moi/30694/dieu-kien-cong-nhan-tinh-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi-nam-2020', what: 'TVPL 21/08/2020 on QĐ 1274/QĐ-TTg (19/8/2020): conditions for tỉnh/TP trực thuộc TW hoàn thành nhiệm vụ XD NTM năm 2020' };
export const S_558GT: Source = { url: 'http://giaothuy.nongthonmoi.vietedutechjsc.com/baocaoh', what: "Giao Thủy district NTM data portal: table '9 tiêu chí NTM cấp huyện (Theo QĐ số 558/QĐ-TTg)' with indicator codes and targets (cut off at 9.1)" };
export const S_TT35: Source = { url: 'https://thukyluat.vn/news/diem-tin-van-ban/huyen-dat-chuan-nong-thon-moi-phai-co-60-truong-thpt-dat-chuan-qg-58288.html', what: 'Thư Ký Luật: TT 35/2016/TT-BNNPTNT (guidance for huyện NTM 2016-2020, effective 08/02/2017) - criterion 5 details; ≥60% THPT đạt chuẩn QG' };
export const S_691A: Source = { url: 'http://bacgiangtv.vn/tin-tuc/240/62128/4-tieu-chi-cong-nhan-xa-nong-thon-moi-kieu-mau', what: 'Bắc Giang TV 11/06/2018: 691 precondition (NTM nâng cao) + 4 criteria with several thresholds' };
export const S_691B: Source = { url: 'http://nhandan.com.vn/xahoi/tin-tuc/item/36655702-bon-tieu-chi-dap-ung-xa-nong-thon-moi-kieu-mau.html', what: 'Nhân Dân 09/06/2018: 691 thresholds (1,5 lần thu nhập; không hộ nghèo; 90% quản lý sức khỏe; BHYT ≥95%; CTR thu gom-xử lý ≥90%; phân loại rác ≥50%)' };
export const S_691C: Source = { url: 'https://tuoitrethudo.vn/tieu-chi-xa-nong-thon-moi-kieu-mau-ty-le-tham-gia-bhyt-dat-tu-95-tro-len-19855.html', what: 'Tuổi trẻ Thủ đô 13/06/2018: 691 health/income/poverty wording incl. exceptions for hộ nghèo' };
export const S_691D: Source = { url: 'http://www.ninhthuan.gov.vn/chinhquyen/sonv/Pages/Thu-tuong-Chinh-phu-ban-hanh-tieu-chi-xa-nong-thon-moi-kieu-mau-giai-doan-2018-2020.aspx', what: 'Ninh Thuận Sở Nội vụ: 691 names of 4 criteria; procedure delegated to provinces per QĐ 2540; Chủ tịch UBND tỉnh công nhận' };
export const S_691E: Source = { url: 'https://thuvienphapluat.vn/hoi-dap-phap-luat/3C97F-hd-dieu-kien-trinh-tu-thu-tuc-ho-so-va-tham-quyen-xet-cong-nhan-cong-bo-xa-nong-thon-moi-kieu-mau-giai-doan-2018-2020-duoc-quy-dinh-ra-sao.html', what: 'TVPL Q&A on Điều 3 QĐ 691 (procedure/authority)' };
export const E1: Source = { url: 'https://chatluongvacuocsong.vn/ban-hanh-bo-chi-tieu-giao-duc-trong-xay-dung-nong-thon-moi-d95868.html', what: 'QĐ 1491/QĐ-BGDĐT (06/6/2022): criterion 5 by region group; 14.1 for all regions (same text at /amp/…)' };
export const E10: Source = { url: 'https://ipc1.gov.vn/bo-cong-thuong-ban-hanh-huong-dan-thuc-hien-cac-tieu-chi-chi-tieu-thuoc-linh-vuc-cong-thuong-trong-bo-tieu-chi-quoc-gia-ve-nong-thon-moi/', what: '1327/QĐ-BCT (03/6/2024) replaces 1214, 1957 and 2332; cites 318, 320 and 211' };
export const E12: Source = { url: 'https://sotttt.thainguyen.gov.vn/tin-tuc/-/asset_publisher/LgMJqmfcY8Ds/content/tieu-chi-so-8-thong-tin-va-truyen-thong-trong-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-va-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-nang-cao-giai-oan-2', what: "Sở TT&TT Thái Nguyên: criterion 8 'gồm 4 chỉ tiêu' 8.1–8.4; criterion 8 also in the nâng cao set" };
export const E13: Source = { url: 'https://stttt.dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=11255&CatId=21', what: '1127/QĐ-BTTTT (June 2022): details of 8.1' };
export const E3: Source = { url: 'https://tapchigiaoduc.edu.vn/article/87633/228/tap-trung-trien-khai-chuong-trinh-muc-tieu-quoc-gia-xay-dung-nong-thon-moi-linh-vuc-giao-duc-cap-xa-giai-doan-2021-2025/', what: "318 delegates school and PCGD targets to Bộ GD&ĐT ('do Bộ Giáo dục và Đào tạo công bố chỉ tiêu cụ thể'); nâng cao criterion 5 = giáo dục; fragment of 14.2 wording" };
export const E4: Source = { url: 'http://118.69.201.250:801/phap-luat/tim-tu-van?loc=right_news&page=291&q=Th%E1%BB%B1c+h%C3%A0nh+kh%C3%A1m+ch%E1%BB%AFa+b%E1%BB%87nh', what: "Thư Viện Pháp Luật listing snippet (copy on a TVPL server) ('tiêu chí nông thôn mới cấp xã', image tieu-chi-nong-thon-moi-cap-xa.jpg, 2022): stunting values for 7 regions; e-health for TDMNPB and ĐBSH (cut at '+ Bắc…')" };
export const E5: Source = { url: 'http://svhttdl.thanhhoa.gov.vn/gia-dinh-van-hoa-co-so/huong-dan-thuc-hien-cac-tieu-chi-trong-xay-dung-nong-thon-moi-giai-doan-2021-2025-1005491', what: 'Hướng dẫn 1064/HD-BVHTTDL (30/3/2022): 6.1, 6.2, 6.3 (100% in all regions); nâng cao văn hóa–thể thao content' };
export const E6: Source = { url: 'https://ttkhuyencong.bacgiang.gov.vn/tin-tuc/huong-dan-thuc-hien-cac-tieu-chi-chi-tieu-thuoc-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-cac', what: 'Same guidance (1064/HD-BVHTTDL): 6.1 and 6.2 wording' };
export const E7: Source = { url: 'https://lawnet.vn/thong-tin-phap-luat/doi-song/cong-nhan-xa-huyen-nong-thon-moi-va-nong-thon-moi-nang-cao-giai-doan-2021-2025-102351.html', what: '1680/QĐ-BNN-VPĐP: 3.1 ≥80%; 3.2 scoring' };
export const E8: Source = { url: 'http://ccptnt.vn/quyet-dinh-1680-qd-bnn-vpdp-ngay-11-05-2022-huong-dan-thuc-hien-mot-so-tieu-chi-chi-tieu-thuoc-bo-tieu-chi-quoc-gia.html', what: '1680/QĐ-BNN-VPĐP (11/5/2022) guides criteria 3, 13 and 17; 3.1 and 3.2' };
export const E9: Source = { url: 'https://dongthap.gov.vn/web/sct/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/11591633?plidlayout=1528', what: '1214/QĐ-BCT (22/6/2022): criterion 7 for xã NTM and NTM nâng cao' };
export const RG_DONGNAI: Source = { url: 'https://dongnai.gov.vn/pages/newsdetail.aspx?CatId=128&NewsId=48418', what: "Đồng Nai's own roadmap for 318 17.1 (ĐNB): nước sạch theo quy chuẩn 2024 ≥84,5% (≥40%), 2025 ≥85% (≥45%) 'of which from centralised supply'" };
export const RG_VL_NHAO2025: Source = { url: 'https://baovinhlong.com.vn/xa-hoi/202506/tren-97-can-nha-kien-co-va-ban-kien-co-7d004cf', what: "Báo Vĩnh Long 06/2025: 318 xã NTM 9.2 'Tỷ lệ hộ có nhà ở kiên cố và bán kiên cố' ≥85% as applied in Vĩnh Long (ĐBSCL)" };
export const S01: Source = { url: 'https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/39774/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025', what: "TVPL news 10/03/2022: 318 has 19 criteria in 5 groups (names listed), region list, ĐBKK/ATK rule. Also at tintuc.thuvienphapluat.com (TVPL new-documents bulletin 39774). (11 = 'Nghèo đa chiều', 12 = 'Lao động', 13 = 'Tổ chức sản xuất và phát triển kinh tế nông thôn'; chỉ tiêu chung + 7 regions)" };
export const S02: Source = { url: 'https://ls1.hethongphapluat.com/quyet-dinh-318-qd-ttg-nam-2022-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-va-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-nang-cao-giai-doan-2021-2025-do-thu-tuong-chinh-phu-ban-hanh.html', what: 'Text of 318/QĐ-TTg, header + Điều 1 (only the opening was readable; Phụ lục not reached). (excerpt ends at Điều 2; legal bases and Điều 1 read verbatim)' };
export const S03: Source = { url: 'https://dantocmiennui.baotintuc.vn/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025-post317608.html', what: "VNA/Dân tộc & Miền núi 08/03/2022: criteria numbering 1–19 by group; 3.1 ≥80%, 3.2 '4 tại chỗ'; text cut at 'thu nhập ... năm 2022, chỉ tiêu chung là từ'." };
export const S04: Source = { url: 'https://syt.daknong.gov.vn/tin-hoat-dong-nganh-y-te/bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-va-nong-thon-moi-nang-cao-giai-doan-2021-2025.html', what: 'Sở Y tế Đắk Nông: criterion 15 Y tế has 4 indicators; names of first three (text cut before values).' };
export const S15: Source = { url: 'https://langngheviet.com.vn/nong-thon-moi/nhung-dieu-kien-de-cong-nhan-dia-phuong-dat-chuan-nong-thon-moi-giai-doan-2021-2025.html33991', what: 'Conditions for recognition under 18/2022/QĐ-TTg: 4 commune conditions; start of district conditions.' };
export const S17: Source = { url: 'https://nguoihanoi.vn/sua-doi-bo-tieu-chi-quoc-gia-ve-xa-va-huyen-nong-thon-moi-82143.html', what: 'Người Hà Nội 02/03/2024: 211/QĐ-TTg of 01/03/2024 (PTT Trần Lưu Quang); scope; new rule for KV II/III, ĐBKK bãi ngang, ATK communes (text cut).' };
export const SC_IPSARD: Source = { url: 'https://ipsard.gov.vn/vn/tID10153_sua-doi-mot-so-tieu-chi-nong-thon-moi-va-quy-trinh-xet-cong-nhan-dia-phuong-dat-chuan-nong-thon-moi.html', what: 'IPSARD: amendments of NTM criteria and recognition procedure - QĐ 211/QĐ-TTg (01/3/2024) and QĐ 03/2024/QĐ-TTg (07/3/2024); 211 replaced the ĐBKK/ATK → TDMNPB rule (new wording cut)' };
export const RG_HANOI_236: Source = { url: 'https://kinhtevadubao.vn/xa-duong-xa-thanh-cong-voi-mo-hinh-diem-thon-thong-minh-trong-xay-dung-nong-thon-moi-27743.html', what: "Hà Nội KH 236/KH-UBND (21/9/2023) as reported: xã NTM nâng cao criterion 15 = 'Hành chính công' (chỉ tiêu 15.2 named); xã NTM 8.4 under Thông tin và Truyền thông" };
export const S05: Source = { url: 'https://vietnamnet.vn/gan-94-dan-so-vinh-phuc-tham-gia-bhyt-gop-phan-duy-tri-xay-dung-nong-thon-moi-2235669.html', what: 'Vĩnh Phúc article: for xã/huyện NTM nâng cao, BHYT ≥95% in ĐBSH and TDMNPB; health criterion is no. 15 (NTM) and 14 (nâng cao); names of e-health indicators.' };
export const S06: Source = { url: 'https://m.baomoi.com/tieu-chi-nuoc-sach-tap-trung-diem-nghen-trong-xay-dung-ntm-o-nhu-thanh/c/44061754.epi', what: "Báo Thanh Hóa via Baomới (Như Thanh, BTB): 'xã đạt chuẩn NTM phải có từ 15% đến 20% trở lên số hộ ... nước sạch từ hệ thống cấp nước tập trung ... và từ 55% đối với xã NTM nâng cao'." };
export const RG_319DTPT: Source = { url: 'https://dantocphattrien.vietnamnet.vn/xa-nong-thon-moi-kieu-mau-co-it-nhat-1-mo-hinh-thon-thong-minh-1646752269529.htm', what: 'Dân tộc & Phát triển: 319/QĐ-TTg conditions KM.1–KM.4 in fuller wording (income +10% vs nâng cao level at the same time; thôn thông minh; list of 7 lĩnh vực nổi trội); implementation clause cut' };
export const S08: Source = { url: 'https://baoquangnam.vn/thoi-su-nong-thon-moi/quy-dinh-xa-nong-thon-moi-kieu-mau-giai-doan-2021-2025-124590.html', what: 'Báo Quảng Nam 03/2022: conditions of 319/QĐ-TTg (xã NTM kiểu mẫu).' };
export const SC_319LNV: Source = { url: 'https://langngheviet.com.vn/xa-nong-thon-moi-kieu-mau-giai-doan-2021-2025-can-co-it-nhat-1-mo-hinh-thon-thong-minh-15155.html', what: '319/QĐ-TTg summary: xã NTM kiểu mẫu needs ≥1 thôn thông minh model' };
export const S09: Source = { url: 'http://118.69.201.250:801/phap-luat/ho-tro-phap-luat/tieu-chi-ve-huyen-nong-thon-moi-quy-dinh-thi-xa-thanh-pho-truc-thuoc-cap-tinh-hoan-thanh-nhiem-vu-x-1493.html', what: 'Thư Viện Pháp Luật Q&A (copy on a TVPL server): 320/QĐ-TTg Phụ lục I conditions (1)–(4) and start of Phụ lục II.' };
export const S10: Source = { url: 'https://media.chinhphu.vn/su-hai-long-cua-nguoi-dan-thuoc-do-xay-dung-nong-thon-moi-10222032115582261.htm', what: 'Chinhphu.vn 21/03/2022: huyện NTM satisfaction ≥90% (320/QĐ-TTg).' };
export const S11: Source = { url: 'https://langngheviet.com.vn/tieu-chi-ve-giao-thong-cua-huyen-nong-thon-moi-va-ntm-nang-cao-giai-doan-2021-2025-25641.html', what: 'Guidance 932/QĐ-BGTVT on huyện NTM transport indicators 2.1, 2.2, 2.4 (names + Đạt conditions).' };
export const RG_TN_PHUBINH: Source = { url: 'https://baothainguyen.vn/xa-hoi/202407/phu-binh-dat-3438-chi-tieu-huyen-nong-thon-moi-nang-cao-29609a6', what: 'Báo Thái Nguyên 07/2024: Phú Bình met 34/38 chỉ tiêu huyện NTM nâng cao; THPT 100% mức độ 1 incl. ≥1 mức độ 2; BHYT ≥95%; names of piped-water and per-capita water-supply indicators' };
export const S12: Source = { url: 'https://baohatinh.vn/chinh-quyen/tinh-hoan-thanh-nhiem-vu-xay-dung-ntm-co-it-nhat-40-so-xa-dat-chuan-ntm-nang-cao/228357.htm', what: 'Báo Hà Tĩnh: 321/QĐ-TTg conditions 1–3 (text cut at 4).' };
export const S13: Source = { url: 'https://nongthonmoi.travinh.gov.vn/tinh-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi-co-it-nhat-20-so-huyen-dat-chuan-ntm-nang-cao-va-co-it-nhat-40-so-xa-dat-chuan-ntm-nang-cao-giai-doan-2021-2025', what: 'NTM Trà Vinh: 321/QĐ-TTg conditions 1–4 and start of 5.' };
export const S14: Source = { url: 'https://www.quangbinh.gov.vn/3cms/quy-dinh-tinh-thanh-pho-truc-thuoc-trung-uong-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi-giai-.htm', what: 'Cổng TTĐT Quảng Bình: 321/QĐ-TTg conditions (same as S13).' };
export const S18: Source = { url: 'https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/criteria-for-special-new-rural-districts-without-commune-level-administrative-units-in-vietnam-as-of-march-1-2024-133694.html', what: 'LawNet EN: 211/QĐ-TTg criteria for huyện NTM đặc thù không có ĐVHC cấp xã (satisfaction ≥90%; table rows 1.1–2.3, cut).' };
export const E14: Source = { url: 'https://thuviennhadat.vn/vbpl/cong-van-2251-btnmt-ksonmt-2024-hop-nhat-huong-dan-thuc-hien-bo-tieu-chi-nong-thon-moi-635375.html', what: '2251/BTNMT-KSONMT (09/4/2024) consolidates BTNMT guidance incl. huyện NTM đặc thù (header only) ' };
export const R15: Source = { url: 'https://www.vietnam.vn/cs/phan-dinh-vung-dong-bao-dan-toc-thieu-so-va-mien-nui-giai-doan-2026-2030', what: 'Foreign-language copy of a Vietnamese report on the decree classifying DTTS & MN areas and KV I/II/III communes 2026–2030; number and date not seen' };
export const R5: Source = { url: 'https://nongthonmoi.quangtri.gov.vn/Tieu-diem-Nong-thon-moi/ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-2439.html', what: 'Quảng Trị NTM portal 30/12/2025: who 51/2025 applies to; annexes; 10 criteria and 47 indicators across 3 groups' };
export const S20: Source = { url: 'https://vneconomy.vn/bo-tieu-chi-nong-thon-moi-20262030-mo-duong-cho-xay-dung-nong-thon-hien-dai.htm', what: 'VnEconomy: 51/2025 effective 15/02/2026; 10 criteria, 47 indicators; 3 commune groups. ' };
export const S21: Source = { url: 'https://thoibaotaichinhvietnam.vn/ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-189751.html', what: 'Thời báo Tài chính: 51/2025 group definitions (nhóm 1/2/3) and 10 criteria. ' };
export const S22: Source = { url: 'https://www.vietnamplus.vn/ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-post1085735.vnp', what: 'VietnamPlus 30/12/2025: numbered list of the 10 criteria of 51/2025; only one national commune set. ' };
export const S23: Source = { url: 'https://baonghean.vn/en/chinh-phu-ban-hanh-bo-tieu-chi-quoc-gia-xay-dung-nong-thon-moi-giai-doan-2026-2030-10317875.html', what: 'Báo Nghệ An (EN): same facts on 51/2025. ' };
export const S25: Source = { url: 'https://en.qdnd.vn/social-affairs/news/new-rural-criteria-must-fit-local-realities-deputy-minister-580865', what: 'QĐND EN (2025): earlier DRAFT (different group definitions, 9 categories) – superseded. ' };
export const S26: Source = { url: 'https://baodautu.vn/doi-moi-khung-tieu-chi-de-nong-thon-moi-di-vao-chieu-sau-d342837.html', what: 'Báo Đầu tư (2025): DRAFT grouping (nhóm 1 = xã nghèo/KV II–III; nhóm 2 ≥70% đất NN; nhóm 3 ≥1.000 người/km²) – superseded. ' };
export const R7: Source = { url: 'https://thuviennhadat.vn/phap-ly-nha-dat/tinh-thanh-pho-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi-giai-doan-2026-2030-can-dieu-kien-gi-732857.html', what: 'Best 51/2025 source: PL III conditions (1), (2), (3) (cut); names of 6 PL I indicators' };
export const S24: Source = { url: 'https://baophapluat.vn/chuyen-muc/xa-hoi-nong-thon-moi.html', what: "Báo Pháp luật: 51/2025 adds pilot framework for 'xã NTM hiện đại' and tightens province conditions (lead only). (lead paragraph of 'Bộ tiêu chí nông thôn mới 2026–2030: Siết điều kiện tỉnh, nâng chuẩn xã')" };
export const SC_HOSON: Source = { url: 'http://baovinhphuc.com.vn/xa-hoi/54129/ho-son-huong-den-xa-nong-thon-moi-nang-cao.html', what: "Báo Vĩnh Phúc 22/10/2020: Hồ Sơn hướng đến xã NTM nâng cao: the 5 areas to finish; Vĩnh Phúc calls the unit 'thôn dân cư kiểu mẫu', and thôn Tân Long was Hồ Sơn's pilot" };
export const SC_6638: Source = { url: 'https://thaibinh.gov.vn/nongthonmoi/van-ban-huong-dan', what: 'CV 6638/BNN-VPĐP (11/9/2019): provinces to issue their own xã NTM nâng cao and xã NTM kiểu mẫu criteria' };
export const SC_TB_HOIDAP: Source = { url: 'https://thaibinh.gov.vn/nongthonmoi2/hoi-dap', what: 'Thái Bình hỏi đáp: QĐ 2538/QĐ-UBND (05/10/2018) xã NTM nâng cao - 11 criteria list' };
export const SC_TB2020: Source = { url: 'https://thunghiem.baothaibinh.com.vn/tin-tuc/0/124121/tham-dinh-xa-dat-chuan-nong-thon-moi-nang-cao-tai-huyen-quynh-phu', what: 'Thái Bình: An Khê 50.32 million / 0.96% poor; Quỳnh Bảo 50.3 million / 0.53%; 11/11 nâng cao criteria, eligible 2020' };
export const SC_TB2022: Source = { url: 'https://baothaibinh.com.vn/tin-tuc/60/143123/nong-thon-thai-binh-doi-moi', what: 'Thái Bình by 01/2022: 20 communes completed 11/11 nâng cao criteria; 15 recognised' };
export const H3: Source = { url: 'https://www.vietnam.vn/en/lien-mach-nong-thon-moi', what: "Vietnam.vn (English): 'Liền mạch nông thôn mới', interview giving the sizes of the 2021–2025 sets (commune 19 criteria, 57 indicators; advanced commune 19 criteria, 75 indicators; model commune 4 criteria)" };
export const H4: Source = { url: 'https://doanhnghiepkinhtexanh.vn/chuong-trinh-chuyen-doi-so-trong-xay-dung-nong-thon-moi-a14500.html', what: "Doanh nghiệp Kinh tế xanh: 'Chương trình chuyển đổi số trong xây dựng nông thôn mới' (xã NTM: 19 tiêu chí, 57 chỉ tiêu; xã NTM nâng cao: 19 tiêu chí, 75 chỉ tiêu)" };
export const H1: Source = { url: 'https://vietnamnet.vn/cap-nuoc-nong-thon-gop-phan-vao-ket-qua-thuc-hien-chuong-trinh-xay-dung-ntm-2353749.html', what: "VietNamNet 2024 (Cục Thủy lợi data to end-2023): the 2021–2025 sets require an NTM commune to have ≥45% of households on clean water to standard (≥20% from centralised supply), naming no region; and ≥55% from centralised supply for an advanced NTM commune" };
export const H2: Source = { url: 'https://sldtbxh.binhphuoc.gov.vn/en/news/news/the-criteria-for-new-rural-communes-in-binh-phuoc-province-shall-range-from-2021-2025-207.html', what: 'Sở LĐTBXH Bình Phước (English, 31/07/2022): Bình Phước\'s own commune set 2021–2025, QĐ 1360/QĐ-UBND (28/7/2022): roads 2.1 100%; for especially disadvantaged communes 2.2 ≥80%, 2.3 ≥50%, 2.4 ≥70%, income 2022 ≥39 million; other communes "VND 59 …" (stored copy cut)' };
export const H5: Source = { url: 'https://www.vietnam.vn/en/quy-dinh-tieu-chi-phan-dinh-vung-dong-bao-dan-toc-thieu-so-va-mien-nui-giai-doan-2026-2030', what: 'Vietnam.vn (English copy of Chinhphu.vn): Nghị định 272/2025/NĐ-CP of 16/10/2025 on demarcating ethnic-minority and mountainous areas 2026–2030, incl. the criteria for region I, II and III communes' };
export const H6: Source = { url: 'https://ja.laodong.vn/thoi-su/tieu-chi-xac-dinh-thon-xa-tinh-mien-nui-tu-112-1618298.ldo', what: 'Lao Động (Japanese edition): Nghị định 272/2025/NĐ-CP of 16/10/2025, in force from 01/12/2025' };
export const H7: Source = { url: 'https://snn.quangbinh.gov.vn/chi-tiet-tin/-/view-article/1/13842468029787/1716191219716', what: 'Sở NN&PTNT Quảng Bình: QĐ 1271/QĐ-UBND (16/5/2024) amending the province\'s 2021–2025 commune and advanced-commune sets: KV II/III communes and especially disadvantaged coastal/island communes use the level set for the especially disadvantaged communes of Minh Hóa district' };
export const H8: Source = { url: 'http://en.baotuyenquang.com.vn/society/criteria-for-a-model-new-rural-commune-in-tuyen-quang-province-in-the-period-of-2021-2025!-1495.html', what: 'Báo Tuyên Quang (English): criteria for a model NTM commune in Tuyên Quang province, 2021–2025, issued 4 August (year not shown); stored copy cut at "- Over 80% of households c…"' };
export const H9: Source = { url: 'https://en.baodienbienphu.com.vn/kinh-te/changing-new-style-rural-commune-criteria-after-merger-Gl64gmNDg.html', what: 'Báo Điện Biên Phủ (English): after merging 115 communes into 42, no commune of Điện Biên meets the NTM standard any more' };
export const H10: Source = { url: 'https://thongkethaibinh.gov.vn/Tin-tuc/chu-trong-tieu-chi-thu-nhap-trong-xay-dung-nong-thon-moi-nang-cao-kieu-mau-857.html', what: 'Cục Thống kê Thái Bình: income a Thái Bình commune needs for advanced NTM (2022 ≥64, 2023 ≥68 million VND/person) and for model NTM (2022 ≥71, 2023 ≥75)' };
export const H11: Source = { url: 'https://dantoctongiao.vietnamnet.vn/vuot-kho-thuc-hien-chi-tieu-ve-y-te-trong-xay-dung-nong-thon-moi-2101538.html', what: 'Dân tộc và Tôn giáo (VietNamNet): health indicators of the advanced NTM commune set, naming no region: population under health management ≥90%, remote-consultation app users ≥40%, electronic health records ≥70%' };
export const H12: Source = { url: 'https://baoquangnam.vn/thoi-su-nong-thon-moi/nhieu-xa-o-duy-xuyen-rot-tieu-chi-xa-nong-thon-moi-1448.html', what: "Báo Quảng Nam (Duy Xuyên): communes fail criterion 16 for 'không đạt 70% số thôn văn hóa 3 năm liền' (1980 as applied in Quảng Nam, DHNTB)" };
export const H13: Source = { url: 'https://nongthonmoi.hatinh.gov.vn/Tin-trong-nuoc/Them-3-xa-ve-dich-nong-thon-moi-59506.html', what: 'NTM Hà Tĩnh portal (Vĩnh Long news, 2017): Thuận An commune income 56.9 million VND/person/year, "vượt 21,97 triệu đồng" (the requirement itself is not stated)' };
export const H14: Source = { url: 'https://kontumtv.vn/tin-tuc/van-hoa-the-thao/tinh-kon-tum-co-38-xa-dat-chuan-19-tieu-chi-xay-dung-nong-thon-moi', what: "Kon Tum TV: the 2021–2025 multidimensional-poverty criterion 'bao gồm cả hộ nghèo và hộ cận nghèo'" };

/**
 * Every cited source by id (for checks and docs; a set imports only the sources it cites).
 * @example
 * SOURCES.S01.url; // 'https://thuvienphapluat.vn/…'
 */
export const SOURCES = {
  RG_VL_DIEN,
  RG_VL_NHAO,
  SC_TAMDAO,
  SC_TC07,
  SC_VP22,
  S_2540,
  S_BK,
  S_CSVH,
  S_CSVH2,
  S_DN13,
  S_EVN,
  S_GD,
  S_GT1,
  S_GT2,
  S_HTCT,
  S_INFONET,
  S_MT,
  S_NA_EN,
  S_NO,
  S_QH,
  S_SGDVL,
  S_SLNV,
  S_TB441,
  S_TBTV,
  S_TCSX,
  S_THMT,
  S_THVL,
  S_TKL,
  S_TL,
  S_TN,
  S_TTTT,
  S_TVPLN,
  S_VH,
  S_VL16,
  S_VP,
  S_YT,
  SC_TAMDAO2019,
  SC_TT35,
  S_1274,
  S_558GT,
  S_TT35,
  S_691A,
  S_691B,
  S_691C,
  S_691D,
  S_691E,
  E1,
  E10,
  E12,
  E13,
  E3,
  E4,
  E5,
  E6,
  E7,
  E8,
  E9,
  RG_DONGNAI,
  RG_VL_NHAO2025,
  S01,
  S02,
  S03,
  S04,
  S15,
  S17,
  SC_IPSARD,
  RG_HANOI_236,
  S05,
  S06,
  RG_319DTPT,
  S08,
  SC_319LNV,
  S09,
  S10,
  S11,
  RG_TN_PHUBINH,
  S12,
  S13,
  S14,
  S18,
  E14,
  R15,
  R5,
  S20,
  S21,
  S22,
  S23,
  S25,
  S26,
  R7,
  S24,
  SC_HOSON,
  SC_6638,
  SC_TB_HOIDAP,
  SC_TB2020,
  SC_TB2022,
  H3,
  H4,
  H1,
  H2,
  H5,
  H6,
  H7,
  H8,
  H9,
  H10,
  H11,
  H12,
  H13,
  H14,
} as const satisfies Record<string, Source>;

/**
 * The id of a source in `SOURCES`; a set citing any other id does not compile.
 * @example
 * const id: SourceId = 'S01';
 */
export type SourceId = keyof typeof SOURCES;

