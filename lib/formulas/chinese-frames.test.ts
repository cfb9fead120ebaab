import { describe, expect, it } from 'vitest'
import { chineseWords } from '@/lib/text/chinese-words'
import { endsInsideFrame, insideFrame, restFollows, runsIntoPart, subjectWithoutObject, verbWithoutObject } from './chinese-frames'

/** The words jieba cuts each sentence part into, as the miner reads them from the clause. */
const contexts = (...parts: string[]) => parts.map(chineseWords)

describe('insideFrame', () => {
  it('finds a phrase that begins inside a frame and runs out of it', () => {
    expect(insideFrame('联合国为核心', contexts('维护以', '坚持以', '以'))).toBe(true)
    expect(insideFrame('更加公正合理的方向发展', contexts('推动国际秩序朝着', '朝着'))).toBe(true)
    expect(insideFrame('国际社会一道', contexts('愿同', '与'))).toBe(true)
    expect(insideFrame('双边贸易和投资中', contexts('在', '在'))).toBe(true)
  })

  it('finds the opener anywhere in the sentence part before the phrase', () => {
    // 在涉及国家主权、安全、领土完整等 | 核心利益问题上相互支持
    expect(insideFrame('核心利益问题上相互支持', contexts('双方在涉及国家主权、安全、领土完整等', '继续在涉及国家主权、安全等'))).toBe(true)
  })

  it('finds the complement of 以…为, which begins where the frame closes', () => {
    expect(insideFrame('基础的国际秩序', contexts('以国际法为', '维护以国际法为'))).toBe(true)
    // 为 without 以 is "for": 为 | 双边关系发展注入新动力
    expect(insideFrame('双边关系发展', contexts('为', '为'))).toBe(false)
  })

  it('finds a phrase that begins with the localiser that closes an open frame', () => {
    expect(insideFrame('中发挥核心作用', contexts('支持上海合作组织在地区事务', '在国际事务'))).toBe(true)
    // no frame open: 中 begins no tail of one
    expect(insideFrame('中发挥核心作用', contexts('', '支持'))).toBe(false)
  })

  it('keeps what follows a frame that closed before it', () => {
    // 在平等互利基础上 closes before the predicate; the predicate holds 领域, a closer of 在, all the same
    expect(insideFrame('深化经贸领域合作', contexts('双方愿在平等互利基础上', '在此基础上'))).toBe(false)
    expect(insideFrame('保持密切沟通和协调', contexts('双方将在国际和地区事务中', '在多边框架内'))).toBe(false)
  })

  it('keeps the frame object that is whole', () => {
    // 对双边关系发展进行…, 就双边关系发展和…: the object ends before the frame closes
    expect(insideFrame('双边关系发展', contexts('对', '对', '就'))).toBe(false)
    expect(insideFrame('各方携手努力', contexts('同', '同'))).toBe(false)
  })

  it('needs the frame in most uses', () => {
    expect(insideFrame('联合国为核心', contexts('以', '', '支持', '和'))).toBe(false)
    expect(insideFrame('联合国为核心', [])).toBe(false)
  })

  it('does not take a character of a word for the closer', () => {
    expect(insideFrame('中亚地区和平稳定', contexts('在', '在'))).toBe(false)
    // 中 inside the word 中国 closes nothing
    expect(insideFrame('坚定奉行一个中国原则', contexts('在', '在'))).toBe(false)
  })
})

describe('restFollows', () => {
  it('finds an attribute whose head follows, and a list cut before its end', () => {
    expect(restFollows('共同、综合、合作、可持续', ['的', '的', '的'])).toBe(true)
    expect(restFollows('恐怖主义、极端主义', ['、', '和', '和', '。'])).toBe(true)
    // 和 after a phrase that is no list joins another phrase to it
    expect(restFollows('人类命运共同体', ['和', '和', '和', '。'])).toBe(false)
  })

  it('keeps a phrase that mostly ends where it ends', () => {
    expect(restFollows('人类命运共同体', ['，', '。', '的', '和'])).toBe(false)
    expect(restFollows('人类命运共同体', [])).toBe(false)
  })
})

describe('subjectWithoutObject', () => {
  it('finds a party and its verb without the object that follows', () => {
    expect(subjectWithoutObject('双方高度评价', ['两国', '两国', '。'])).toBe(true)
    expect(subjectWithoutObject('中方高度评价', ['\uE000', '\uE000', '两国'])).toBe(true)
    expect(subjectWithoutObject('\uE000方高度肯定', ['中国', '中国'])).toBe(true)
  })

  it('keeps a whole sentence, and what does not begin with a party', () => {
    expect(subjectWithoutObject('中方欢迎\uE000方参加中方举办的各类技术培训班', ['。', '。'])).toBe(false)
    expect(subjectWithoutObject('两国和两国人民', ['带来', '带来'])).toBe(false)
    expect(subjectWithoutObject('西方国家', ['认为', '认为'])).toBe(false)
    // 双方 as an attribute: 双方共同关心的国际和地区问题 | 交换意见
    expect(subjectWithoutObject('双方共同关心的国际和地区问题', ['交换', '交换', '深入'])).toBe(false)
    expect(subjectWithoutObject('双方高度评价', [])).toBe(false)
  })
})

describe('endsInsideFrame', () => {
  // phrases of the bundled joint statements (June–July 2019)
  it('is true of a phrase whose own 在 still waits for its localiser or verb', () => {
    expect(endsInsideFrame('双方支持联合国在国际事务中发挥核心作用，将加强两国在联合国')).toBe(true)
  })

  it('is false where the frame closes inside the phrase, or no frame opens', () => {
    expect(endsInsideFrame('支持联合国在国际事务中发挥核心作用')).toBe(false)
    expect(endsInsideFrame('维护以联合国为核心的国际体系')).toBe(false)
    expect(endsInsideFrame('坚定奉行一个中国原则')).toBe(false)
    // a verb after 在's object closes it as a localiser does
    expect(endsInsideFrame('两国元首在北京举行会谈')).toBe(false)
    expect(endsInsideFrame('朝着构建人类命运共同体的目标迈进')).toBe(false)
  })
})

describe('verbWithoutObject', () => {
  it('is true of a phrase ending on a verb that its object, or 的 and a noun, follows in most uses', () => {
    expect(verbWithoutObject('各领域合作取得', ['的', '的', '丰硕'])).toBe(true)
    expect(verbWithoutObject('友好的气氛中举行', ['会谈', '会谈', '会谈'])).toBe(true)
  })

  it('is false where the verb ends most uses, or the phrase ends on a noun', () => {
    expect(verbWithoutObject('热情友好接待', ['。', '。', '，'])).toBe(false)
    expect(verbWithoutObject('构建人类命运共同体', ['的', '理念', '的'])).toBe(false)
    expect(verbWithoutObject('各领域合作取得', [])).toBe(false)
    expect(verbWithoutObject('共商共建共享', ['原则', '的', '的'])).toBe(false)
  })
})

describe('runsIntoPart', () => {
  it('cuts a phrase that runs over a comma into the next part of its sentence and stops inside it in most uses', () => {
    // 坚定维护以联合国为核心的国际体系，坚定维护 | 多边主义 (the bundled Russia statement)
    expect(runsIntoPart('坚定维护以联合国为核心的国际体系，坚定维护', ['多边', '多边', '。'])).toBe(true)
    // NFKC turns the full-width comma of the corpus into ","
    expect(runsIntoPart('热情友好接待,并邀请〈X人名〉总统', ['在', '再次'])).toBe(true)
  })

  it('keeps a stock sentence of several parts that ends where a part ends, and any phrase without a comma', () => {
    expect(runsIntoPart('〈X〉方坚定奉行一个中国原则，重申台湾是中国领土不可分割的一部分', ['。', '，', '。'])).toBe(false)
    expect(runsIntoPart('扩大贸易规模，优化贸易结构', ['，', ''])).toBe(false)
    expect(runsIntoPart('坚定奉行一个中国原则', ['的', '的'])).toBe(false)
    expect(runsIntoPart('坚定维护以联合国为核心的国际体系，坚定维护', [])).toBe(false)
  })
})
