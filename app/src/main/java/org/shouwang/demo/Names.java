package org.shouwang.demo;

import java.util.SplittableRandom;

/** Plausible Chinese names: common surnames weighted by frequency, given names from a list. */
final class Names {
  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
    "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅"
  };
  private static final int[] WEIGHTS = {
    74, 72, 70, 53, 46, 31, 20, 19, 18, 17, 14, 13, 13, 11, 10, 10, 9, 9, 9, 8, 8, 7, 7, 7, 6, 6, 6,
    5, 5, 5, 5, 5, 5, 5, 5, 4
  };
  private static final String MALE = "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林建国志";
  private static final String FEMALE = "芳娜敏静丽艳娟霞秀玲桂英红梅琳雪慧燕萍婷佳颖倩莉兰凤云琴丹";
  private static final int TOTAL;

  static {
    int t = 0;
    for (int w : WEIGHTS) {
      t += w;
    }
    TOTAL = t;
  }

  private Names() {}

  static String surname(SplittableRandom r) {
    int x = r.nextInt(TOTAL);
    for (int i = 0; i < WEIGHTS.length; i++) {
      x -= WEIGHTS[i];
      if (x < 0) {
        return SURNAMES[i];
      }
    }
    return SURNAMES[0];
  }

  static String given(SplittableRandom r, boolean male) {
    String pool = male ? MALE : FEMALE;
    String first = String.valueOf(pool.charAt(r.nextInt(pool.length())));
    return r.nextInt(100) < 70 ? first + pool.charAt(r.nextInt(pool.length())) : first;
  }
}
