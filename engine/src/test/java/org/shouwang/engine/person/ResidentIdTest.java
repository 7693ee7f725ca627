package org.shouwang.engine.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

  @Test
  void acceptsTheStandardExampleAndDerivesSexAndBirthDate() {
    // GB 11643-1999 worked example: 11010519491231002X
    ResidentId id = ResidentId.parse("11010519491231002x", TODAY);
    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.masked()).isEqualTo("110105********002X");
  }

  @Test
  void computesTheCheckCharacterByHand() {
    // 4·7+1·9+1·10+3·5+2·8+8·4+1·2+9·1+8·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2 = 185; 185 mod 11 = 9 →
    // "3"
    String first17 = "41132819800101001";
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * w[i];
    assertThat(sum % 11).isEqualTo(9);
    assertThat(ResidentId.checkCharacter(first17)).isEqualTo('3');
    assertThat(ResidentId.parse("411328198001010013", TODAY).sex()).isEqualTo(Sex.MALE);
  }

  @Test
  void normalisesFullWidthDigitsAndSpaces() {
    assertThat(ResidentId.parse(" ４１１３２８ 19800101 0013 ", TODAY).value())
        .isEqualTo("411328198001010013");
  }

  @Test
  void convertsFifteenDigitLegacyNumbers() {
    // 411328800101001 → 41132819800101001 + check 3
    assertThat(ResidentId.parse("411328800101001", TODAY).value()).isEqualTo("411328198001010013");
  }

  @Test
  void rejectsWrongCheckDigitImpossibleDateFutureDateAndUnknownProvince() {
    assertThatThrownBy(() -> ResidentId.parse("411328198001010017", TODAY))
        .isInstanceOf(InvalidResidentId.class)
        .hasMessageContaining("check");
    String feb30 = "41132819800230001";
    assertThatThrownBy(() -> ResidentId.parse(feb30 + ResidentId.checkCharacter(feb30), TODAY))
        .hasMessageContaining("does not exist");
    String future = "41132820260101001";
    assertThatThrownBy(() -> ResidentId.parse(future + ResidentId.checkCharacter(future), TODAY))
        .hasMessageContaining("impossible");
    String noProvince = "99132819800101001";
    assertThatThrownBy(
            () -> ResidentId.parse(noProvince + ResidentId.checkCharacter(noProvince), TODAY))
        .hasMessageContaining("province");
    assertThatThrownBy(() -> ResidentId.parse("4113281980", TODAY)).hasMessageContaining("18");
  }

  @Test
  void acceptsAnUnknownCountyPrefixInAKnownProvince() {
    String renamed = "41139919800101001";
    assertThat(
            ResidentId.parse(renamed + ResidentId.checkCharacter(renamed), TODAY).issuingCounty())
        .isEqualTo("411399");
  }
}
