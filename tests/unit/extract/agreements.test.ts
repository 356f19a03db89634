// Instruments: kinds, parties, periods, signing dates, number of contents.
import { describe, expect, it } from 'vitest';
import { corpusOf } from './helpers';

const agreementsOf = (text: string) => corpusOf(text).agreements;

describe('what an instrument is', () => {
  it('reads the three kinds and ignores resolutions and work programmes', () => {
    const text =
      'Hai bên ký kết Quy chế phối hợp và Kế hoạch phối hợp năm 2024. ' +
      'Thực hiện Nghị quyết số 3 và Chương trình công tác năm 2024 của huyện.';
    expect(agreementsOf(text).map((a) => a.kind)).toEqual([
      'quy chế phối hợp',
      'kế hoạch phối hợp',
    ]);
  });

  it('makes one instrument of the mentions with one kind and period', () => {
    const text =
      'Sáng 4/5, Hội Nông dân huyện Ngọc Khê và Công an huyện Ngọc Khê ký kết chương trình phối hợp giai đoạn 2024 - 2029. ' +
      'Theo Chương trình phối hợp giai đoạn 2024-2029, hai bên thực hiện 5 nội dung.';
    const [agreement, ...rest] = agreementsOf(text);
    expect(rest).toEqual([]);
    expect(agreement).toMatchObject({
      name: 'Chương trình phối hợp giai đoạn 2024 - 2029',
      parties: ['Hội Nông dân huyện Ngọc Khê', 'Công an huyện Ngọc Khê'],
      signed: '04/05',
      period: { from: 2024, to: 2029 },
      items: 5,
    });
  });

  it('makes one instrument per listed period', () => {
    const text =
      'Ngày 2/6, Ban Dân vận Huyện ủy Ngọc Khê, Ban Tuyên giáo Huyện ủy Ngọc Khê và Công an huyện Ngọc Khê ký kết chương trình phối hợp giai đoạn 2024 - 2026, 2024 - 2029.';
    expect(agreementsOf(text).map((a) => a.period)).toEqual([
      { from: 2024, to: 2026 },
      { from: 2024, to: 2029 },
    ]);
  });
});

describe('parties', () => {
  it('reads the bodies after "giữa"', () => {
    const [agreement] = agreementsOf(
      'Hội nghị đánh giá Quy chế phối hợp giữa Hội Cựu chiến binh huyện và Công an huyện.',
    );
    expect(agreement.parties).toEqual(['Hội Cựu chiến binh huyện', 'Công an huyện']);
  });

  it('reads the subject and the bodies after "với", and "2 đồn biên phòng"', () => {
    const text =
      'Ban Dân vận Huyện ủy Ngọc Khê ký kết kế hoạch phối hợp với Đồn Biên phòng Mũi Đá và Đồn Biên phòng Bãi Dài. ' +
      'Hội Nông dân huyện ký kết quy chế phối hợp với 2 đồn biên phòng.';
    const [plan, rules] = agreementsOf(text);
    expect(plan.parties).toHaveLength(3);
    expect(rules.parties).toEqual([
      'Hội Nông dân huyện Ngọc Khê',
      'Đồn Biên phòng Mũi Đá',
      'Đồn Biên phòng Bãi Dài',
    ]);
  });

  it('gives a phase that "hai bên" or "các đơn vị" review the bodies that just signed', () => {
    const signing =
      'Sáng 4/5, Hội Nông dân huyện Ngọc Khê và Công an huyện Ngọc Khê ký kết quy chế phối hợp giai đoạn 2024 - 2029. ';
    const bodies = ['Hội Nông dân huyện Ngọc Khê', 'Công an huyện Ngọc Khê'];
    for (const subject of ['hai bên', '2 đơn vị', 'các đơn vị']) {
      const [, programme] = agreementsOf(
        `${signing}Dịp này, ${subject} cũng sơ kết chương trình phối hợp giai đoạn 2019 - 2023.`,
      );
      expect(programme, subject).toMatchObject({ signed: null, parties: bodies });
    }
  });

  it('does not point "ba đơn vị" or "các ngành" back at two bodies', () => {
    const signing =
      'Sáng 4/5, Hội Nông dân huyện Ngọc Khê và Công an huyện Ngọc Khê ký kết quy chế phối hợp giai đoạn 2024 - 2029. ';
    for (const subject of ['ba đơn vị', 'các ngành']) {
      const [, programme] = agreementsOf(
        `${signing}Dịp này, ${subject} sơ kết chương trình phối hợp giai đoạn 2019 - 2023.`,
      );
      expect(programme.parties, subject).toEqual([]);
    }
  });

  it('counts "các Đồn Biên phòng đóng quân trên địa bàn huyện" as one party', () => {
    const text =
      'Chiều 8/8, Ủy ban MTTQ huyện và các Đồn Biên phòng đóng quân trên địa bàn huyện ký kết quy chế phối hợp.';
    expect(agreementsOf(text)[0].parties).toEqual([
      'Ủy ban Mặt trận Tổ quốc huyện',
      'các Đồn Biên phòng đóng quân trên địa bàn huyện',
    ]);
  });
});

describe('signed or referred to', () => {
  it('dates the signing with the dateline year; an earlier phase under review is not signed', () => {
    const text =
      'Tiêu đề\n10/11/2023 08:00\n' +
      'Chiều 9/11, Hội LHPN huyện Ngọc Khê và Đồn Biên phòng Mũi Đá ký kết chương trình phối hợp giai đoạn 2023 - 2028. ' +
      'Hội nghị đánh giá kết quả chương trình giai đoạn 2018 - 2023.';
    const [current, earlier] = agreementsOf(text);
    expect(current.signed).toBe('2023-11-09');
    expect(earlier).toMatchObject({ signed: null, period: { from: 2018, to: 2023 } });
    expect(earlier.parties).toEqual(current.parties);
  });

  it('gives "vừa ký kết" no date and an instrument only mentioned no signing', () => {
    const text =
      'Sáng 3/3, Hội Nông dân huyện vừa ký kết kế hoạch phối hợp với Công an huyện. ' +
      'Lãnh đạo huyện nhắc lại quy chế phối hợp giữa Huyện đoàn và Công an huyện.';
    expect(agreementsOf(text).map((a) => a.signed)).toEqual([null, null]);
  });

  it('counts the articles of a quy chế', () => {
    const text =
      'Ngày 5-6-2023, Công an xã và Đoàn Thanh niên xã ký kết Quy chế phối hợp. Quy chế gồm 3 chương, 12 điều.';
    expect(agreementsOf(text)[0]).toMatchObject({ signed: '2023-06-05', items: 12 });
  });

  it('counts the contents after "Theo chương trình," and for an instrument "vừa ký kết"', () => {
    const programme = agreementsOf(
      'Sáng 4/5, Hội Nông dân huyện Ngọc Khê và Công an huyện Ngọc Khê ký kết chương trình phối hợp. ' +
        'Theo chương trình, hai bên phối hợp thực hiện 4 nội dung.',
    );
    expect(programme[0].items).toBe(4);
    const rules = agreementsOf(
      'Hội Nông dân huyện Ngọc Khê và Công an huyện Ngọc Khê vừa ký kết quy chế phối hợp. ' +
        'Quy chế gồm 3 chương, 11 điều.',
    );
    expect(rules[0]).toMatchObject({ signed: null, items: 11 });
  });
});

describe('the phrase that names an instrument', () => {
  it('runs past a comma inside its topic to its period', () => {
    const text =
      'Ngày 2/6/2024, Hội Nông dân huyện Ngọc Khê và Công an huyện Ngọc Khê ký kết quy chế phối hợp trong công tác bảo đảm an ninh, trật tự giai đoạn 2024 - 2029. ' +
      'Quy chế thay thế quy chế phối hợp giai đoạn 2019 - 2024 giữa hai cơ quan.';
    expect(agreementsOf(text).map((a) => [a.name, a.signed, a.period])).toEqual([
      [
        'Quy chế phối hợp trong công tác bảo đảm an ninh, trật tự giai đoạn 2024 - 2029',
        '2024-06-02',
        { from: 2024, to: 2029 },
      ],
      ['Quy chế phối hợp giai đoạn 2019 - 2024', null, { from: 2019, to: 2024 }],
    ]);
  });

  it('does not take the year of the next clause for its period', () => {
    const text =
      'Hội Nông dân huyện Ngọc Khê ký kết chương trình phối hợp với Công an huyện, năm 2024 hai bên tuyên truyền.';
    expect(agreementsOf(text)[0].period).toBeNull();
  });

  it('gives two instruments of one sentence their own parties, in the body’s order', () => {
    const text =
      'Ký kết quy chế, chương trình phối hợp bảo đảm an ninh\n' +
      'Chiều 21-7, Công an huyện Ngọc Khê ký kết Quy chế phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam (UBMTTQVN) huyện và Chương trình phối hợp với Huyện đoàn Ngọc Khê.';
    expect(agreementsOf(text).map((a) => [a.kind, a.parties])).toEqual([
      [
        'quy chế phối hợp',
        [
          'Công an huyện Ngọc Khê',
          'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Ngọc Khê',
        ],
      ],
      ['chương trình phối hợp', ['Công an huyện Ngọc Khê', 'Huyện đoàn Ngọc Khê']],
    ]);
  });
});
