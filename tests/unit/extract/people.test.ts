// People: the cues that make a name a person's, the posts around it and the body of each post.
import { describe, expect, it } from 'vitest';
import { corpusOf } from './helpers';

const peopleOf = (text: string) => corpusOf(text).people;

describe('who is a person', () => {
  it('reads a name after "đồng chí" or a rank, with the rank kept', () => {
    const people = peopleOf('Trung tá Hoàng Văn Lợi và đồng chí Phan Thị Mai ký kết văn bản.');
    expect(people.map((p) => [p.name, p.rank])).toEqual([
      ['Hoàng Văn Lợi', 'Trung tá'],
      ['Phan Thị Mai', null],
    ]);
  });

  it('reads a rank in lower case and a rank after "đồng chí"', () => {
    const people = peopleOf('Dự có đồng chí thượng tá Đinh Công Bằng, Phó Giám đốc Công an tỉnh.');
    expect(people).toEqual([
      {
        name: 'Đinh Công Bằng',
        rank: 'thượng tá',
        titles: ['Phó Giám đốc Công an tỉnh'],
        orgs: ['Công an tỉnh'],
      },
    ]);
  });

  it('never reads a person from capitals alone', () => {
    expect(
      peopleOf('Nông dân Tân Phước và Đồn Biên phòng Mũi Đá tham gia. Đồng chí đề nghị.'),
    ).toEqual([]);
  });

  it('merges the mentions of one person and their posts', () => {
    const text =
      'Ông Trịnh Quốc Huy, Chủ tịch UBND huyện Ngọc Khê dự họp. Phát biểu, ông Trịnh Quốc Huy nhấn mạnh.';
    expect(peopleOf(text)).toHaveLength(1);
  });
});

describe('posts', () => {
  it('reads an attendee list of "name, posts" items', () => {
    const text =
      'Dự hội nghị có các đồng chí: Lâm Văn Tư, TUV, Bí thư Huyện ủy Ngọc Khê; ' +
      'Mai Thị Hoa - HUV, Chủ tịch Hội LHPN huyện.';
    expect(peopleOf(text)).toEqual([
      {
        name: 'Lâm Văn Tư',
        rank: null,
        titles: ['TUV', 'Bí thư Huyện ủy Ngọc Khê'],
        orgs: ['Tỉnh ủy', 'Huyện ủy Ngọc Khê'],
      },
      {
        name: 'Mai Thị Hoa',
        rank: null,
        titles: ['HUV', 'Chủ tịch Hội LHPN huyện'],
        orgs: ['Huyện ủy Ngọc Khê', 'Hội Liên hiệp Phụ nữ huyện Ngọc Khê'],
      },
    ]);
  });

  it('reads posts written before the name, the name not taken for a place', () => {
    const text =
      'Tham dự có Phó Chủ tịch UBND tỉnh Bình Lâm Ngô Minh Khôi và Chủ tịch Hội Nông dân tỉnh Trần Văn Sáu.';
    expect(peopleOf(text).map((p) => [p.name, p.titles])).toEqual([
      ['Ngô Minh Khôi', ['Phó Chủ tịch UBND tỉnh Bình Lâm']],
      ['Trần Văn Sáu', ['Chủ tịch Hội Nông dân tỉnh']],
    ]);
  });

  it('keeps a post written with a stray comma as one post', () => {
    const [person] = peopleOf('Có Đại tá Hà Minh Châu - Chính ủy, Bộ CHQS tỉnh Bình Lâm.');
    expect(person.titles).toEqual(['Chính ủy, Bộ CHQS tỉnh Bình Lâm']);
    expect(person.orgs).toEqual(['Bộ Chỉ huy Quân sự tỉnh Bình Lâm']);
  });

  it('folds a unit’s own party committee into the unit', () => {
    const [person] = peopleOf(
      'Thượng tá Lò Văn Piêng, Bí thư Đảng ủy, Đồn trưởng Đồn Biên phòng Nậm Cắn.',
    );
    expect(person.titles).toEqual(['Bí thư Đảng ủy', 'Đồn trưởng Đồn Biên phòng Nậm Cắn']);
    expect(person.orgs).toEqual(['Đồn Biên phòng Nậm Cắn']);
  });

  it('maps a standing-committee member to the committee the other posts name', () => {
    const [person] = peopleOf('Đồng chí Vũ Thị Lan, UVBTV, Trưởng Ban Dân vận Quận ủy Hòa Bình.');
    expect(person.orgs).toEqual(['Quận ủy Hòa Bình', 'Ban Dân vận Quận ủy Hòa Bình']);
  });

  it('gives a bare post the body its clause speaks for', () => {
    const text = 'Về phía Bộ Chỉ huy Quân sự tỉnh Bình Lâm có Đại tá Cao Văn Thành, Chính ủy.';
    expect(peopleOf(text)[0].orgs).toEqual(['Bộ Chỉ huy Quân sự tỉnh Bình Lâm']);
  });

  it('gives no body to a post of the whole country', () => {
    const [person] = peopleOf('Đồng chí Lê Văn Hải, Tổng Bí thư, gửi thư chúc mừng.');
    expect(person.orgs).toEqual([]);
  });

  it('keeps the body a clause speaks for across its list of people', () => {
    const text =
      'Về phía Đồn Biên phòng Mũi Đá có Trung tá Lò Văn Piêng, Chính trị viên; Thiếu tá Hà Minh Châu, Phó Đồn trưởng. ' +
      'Về phía địa phương có ông Trịnh Quốc Huy, Chính trị viên.';
    expect(peopleOf(text).map((p) => p.orgs)).toEqual([
      ['Đồn Biên phòng Mũi Đá'],
      ['Đồn Biên phòng Mũi Đá'],
      [],
    ]);
  });

  it('reads "Thường trực" after a post as part of the post, not as a standing body', () => {
    const [person] = peopleOf(
      'Cùng dự có Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy Bình Lâm Ngô Minh Khôi.',
    );
    expect(person).toMatchObject({
      name: 'Ngô Minh Khôi',
      titles: ['Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy Bình Lâm'],
      orgs: ['Ban Tuyên giáo Tỉnh ủy Bình Lâm'],
    });
  });

  it('reads the bodies of abbreviated posts: VKSND, TAND, Sở TT&TT', () => {
    const text =
      'Dự có ông Lâm Văn Tư, Viện trưởng VKSND tỉnh Bình Lâm; ông Thạch Văn Sang, Chánh án TAND tỉnh; ông Mai Văn Hòa, Giám đốc Sở TT&TT.';
    expect(peopleOf(text).map((p) => p.orgs)).toEqual([
      ['Viện Kiểm sát nhân dân tỉnh Bình Lâm'],
      ['Tòa án nhân dân tỉnh Bình Lâm'],
      ['Sở Thông tin và Truyền thông'],
    ]);
  });
});
