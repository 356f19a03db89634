// Organisation names: the grammar of a name, merging the spellings of one body, filling the
// place the article names, and which mentions count as acting bodies.
import { describe, expect, it } from 'vitest';
import { corpusOf, orgNames } from './helpers';

describe('organisation names', () => {
  it('reads a board with its parent committee and place', () => {
    expect(orgNames('Ban Tuyên giáo Huyện ủy Ngọc Khê tổ chức hội nghị.')).toEqual([
      'Ban Tuyên giáo Huyện ủy Ngọc Khê',
    ]);
  });

  it('expands abbreviations in the name and keeps the written form as an alias', () => {
    const { organisations } = corpusOf('Bộ CHQS tỉnh Bình Lâm và Hội LHPN tỉnh Bình Lâm làm việc.');
    expect(organisations).toEqual([
      { name: 'Bộ Chỉ huy Quân sự tỉnh Bình Lâm', aliases: ['Bộ CHQS tỉnh Bình Lâm'] },
      { name: 'Hội Liên hiệp Phụ nữ tỉnh Bình Lâm', aliases: ['Hội LHPN tỉnh Bình Lâm'] },
    ]);
  });

  it('reads a numbered unit with its parent unit in brackets', () => {
    const { organisations } = corpusOf('Trung đoàn 88 (Sư đoàn 5) tổ chức giao lưu.');
    expect(organisations).toEqual([{ name: 'Trung đoàn 88 (Sư đoàn 5)', aliases: [] }]);
  });

  it('reads a station by its own name, lower-case head words included', () => {
    expect(orgNames('Đồn biên phòng Mũi Đá tổ chức tuần tra.')).toEqual(['Đồn Biên phòng Mũi Đá']);
  });

  it('keeps a standing body apart from its parent', () => {
    expect(orgNames('Ban Thường trực Ủy ban MTTQ huyện Ngọc Khê chủ trì.')).toEqual([
      'Ban Thường trực Ủy ban Mặt trận Tổ quốc huyện Ngọc Khê',
    ]);
  });

  it('reads a mass organisation of a unit, and a newspaper by its name', () => {
    expect(orgNames('Đoàn Thanh niên Công an huyện Ngọc Khê và Báo Bình Lâm phối hợp.')).toEqual([
      'Đoàn Thanh niên Công an huyện Ngọc Khê',
      'Báo Bình Lâm',
    ]);
  });

  it('leaves out a newspaper that is only the source credit', () => {
    expect(orgNames('Công an huyện Ngọc Khê ra quân.\nNguồn: Báo Bình Lâm')).toEqual([
      'Công an huyện Ngọc Khê',
    ]);
  });

  it('makes one body of a region’s command and the region’s force', () => {
    const text =
      'Bộ Tư lệnh Vùng Cảnh sát biển 3 ký kết chương trình phối hợp. Vùng Cảnh sát biển 3 đã hỗ trợ ngư dân.';
    expect(corpusOf(text).organisations).toEqual([
      { name: 'Bộ Tư lệnh Vùng Cảnh sát biển 3', aliases: ['Vùng Cảnh sát biển 3'] },
    ]);
  });

  it('reads the bodies of several places named as one', () => {
    expect(orgNames('Lãnh đạo UBND các xã Ea Lâm, Ea Tân và Ea Sơn dự họp.')).toEqual([
      'Ủy ban nhân dân các xã Ea Lâm, Ea Tân và Ea Sơn',
    ]);
  });

  it('skips an abbreviation defined in brackets', () => {
    expect(orgNames('Bộ Chỉ huy Quân sự (CHQS) tỉnh Bình Lâm chủ trì.')).toEqual([
      'Bộ Chỉ huy Quân sự tỉnh Bình Lâm',
    ]);
  });
});

describe('one body, several spellings', () => {
  it('fills the province the article names and gathers the short forms', () => {
    const text =
      'Bộ Chỉ huy BĐBP tỉnh Bình Lâm và Ban Dân tộc tỉnh ký kết chương trình phối hợp. ' +
      'Chính ủy BĐBP tỉnh phát biểu. Đại diện BĐBP và Ban Dân tộc tỉnh trao quà.';
    expect(corpusOf(text).organisations).toEqual([
      {
        name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Lâm',
        aliases: ['Bộ Chỉ huy BĐBP tỉnh Bình Lâm', 'BĐBP tỉnh', 'BĐBP'],
      },
      { name: 'Ban Dân tộc tỉnh Bình Lâm', aliases: ['Ban Dân tộc tỉnh'] },
    ]);
  });

  it('does not add a place the article never names', () => {
    expect(orgNames('Hội Cựu chiến binh tỉnh và Công an tỉnh làm việc.')).toEqual([
      'Hội Cựu chiến binh tỉnh',
      'Công an tỉnh',
    ]);
  });

  it('keeps bodies of different places apart', () => {
    expect(orgNames('Công an huyện Ngọc Khê và Công an huyện Tà Lùng phối hợp.')).toEqual([
      'Công an huyện Ngọc Khê',
      'Công an huyện Tà Lùng',
    ]);
  });

  it('merges MTTQ with its committee and a bare Hội with the one named in full', () => {
    const text =
      'Ủy ban MTTQ Việt Nam huyện Ngọc Khê và Hội Nông dân huyện Ngọc Khê dự họp. ' +
      'Xây dựng MTTQ Việt Nam huyện vững mạnh. Hội viên Hội Nông dân hưởng ứng.';
    expect(corpusOf(text).organisations.map((o) => o.name)).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Ngọc Khê',
      'Hội Nông dân huyện Ngọc Khê',
    ]);
  });
});

describe('which mentions count', () => {
  it('leaves out national forces, "các cấp" and a place of the event', () => {
    const text =
      'Tại Hội trường UBND xã Tân Hòa, cán bộ Công an nhân dân và Hội Nông dân các cấp dự họp.';
    expect(orgNames(text)).toEqual([]);
  });

  it('counts a national body only when its decision is cited', () => {
    expect(orgNames('Bộ Chính trị là cơ quan lãnh đạo.')).toEqual([]);
    expect(orgNames('Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, huyện triển khai.')).toEqual([
      'Bộ Chính trị',
    ]);
  });

  it('does not read a body inside a quoted campaign', () => {
    expect(
      orgNames('Hưởng ứng phong trào “Hội Nông dân chung tay xây dựng nông thôn mới”.'),
    ).toEqual([]);
  });
});
